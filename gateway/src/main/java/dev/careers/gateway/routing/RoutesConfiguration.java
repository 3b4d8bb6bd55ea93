package dev.careers.gateway.routing;

import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.uri;
import static org.springframework.cloud.gateway.server.mvc.handler.GatewayRouterFunctions.route;
import static org.springframework.cloud.gateway.server.mvc.handler.HandlerFunctions.http;
import static org.springframework.cloud.gateway.server.mvc.predicate.GatewayRequestPredicates.path;

import java.net.SocketTimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The only routes: {@code /api/imports|applicants|jobs/**} to import-service and
 * {@code /api/history/**} to history-service, paths unchanged. Anything else (the services'
 * {@code /internal/**} and actuators among it) has no route and answers 404 here.
 */
@Configuration(proxyBeanMethods = false)
class RoutesConfiguration {

	private static final Logger log = LoggerFactory.getLogger(RoutesConfiguration.class);

	@Bean
	RouterFunction<ServerResponse> importServiceRoute(UpstreamProperties upstreams) {
		return route("import-service")
			.route(path("/api/imports/**").or(path("/api/applicants/**")).or(path("/api/jobs/**")), http())
			.before(uri(upstreams.importServiceUrl()))
			.before(TenantForwarding.forwardAuthenticatedTenant())
			.onError(ResourceAccessException.class, RoutesConfiguration::exchangeFailed)
			.build();
	}

	@Bean
	RouterFunction<ServerResponse> historyServiceRoute(UpstreamProperties upstreams) {
		return route("history-service")
			.route(path("/api/history/**"), http())
			.before(uri(upstreams.historyServiceUrl()))
			.before(TenantForwarding.forwardAuthenticatedTenant())
			.onError(ResourceAccessException.class, RoutesConfiguration::exchangeFailed)
			.build();
	}

	private static ServerResponse exchangeFailed(Throwable failure, ServerRequest request) {
		// Tomcat's read timeout on the client's body surfaces as a SocketTimeoutException; the
		// JDK client's own timeouts towards the upstream are HttpTimeoutExceptions
		if (NestedExceptionUtils.getMostSpecificCause(failure) instanceof SocketTimeoutException) {
			log.info("Client stalled sending {} {}", request.method(), request.path());
			return problem(HttpStatus.REQUEST_TIMEOUT, "The request body stopped arriving. Send it again.");
		}
		log.warn("Upstream unreachable for {} {}: {}", request.method(), request.path(), failure.getMessage());
		return problem(HttpStatus.BAD_GATEWAY, "The service behind this path is not reachable. Try again shortly.");
	}

	private static ServerResponse problem(HttpStatus status, String detail) {
		return ServerResponse.status(status)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(ProblemDetail.forStatusAndDetail(status, detail));
	}

}
