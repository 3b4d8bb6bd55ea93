package dev.careers.gateway.routing;

import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.uri;
import static org.springframework.cloud.gateway.server.mvc.handler.GatewayRouterFunctions.route;
import static org.springframework.cloud.gateway.server.mvc.handler.HandlerFunctions.http;
import static org.springframework.cloud.gateway.server.mvc.predicate.GatewayRequestPredicates.path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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
			.onError(ResourceAccessException.class, RoutesConfiguration::upstreamUnavailable)
			.build();
	}

	@Bean
	RouterFunction<ServerResponse> historyServiceRoute(UpstreamProperties upstreams) {
		return route("history-service")
			.route(path("/api/history/**"), http())
			.before(uri(upstreams.historyServiceUrl()))
			.before(TenantForwarding.forwardAuthenticatedTenant())
			.onError(ResourceAccessException.class, RoutesConfiguration::upstreamUnavailable)
			.build();
	}

	private static ServerResponse upstreamUnavailable(Throwable failure, ServerRequest request) {
		log.warn("Upstream unreachable for {} {}: {}", request.method(), request.path(), failure.getMessage());
		return ServerResponse.status(HttpStatus.BAD_GATEWAY)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_GATEWAY,
					"The service behind this path is not reachable. Try again shortly."));
	}

}
