package dev.careers.gateway.routing;

import java.util.function.Function;

import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.function.ServerRequest;

import dev.careers.gateway.auth.AuthenticatedTenant;

/**
 * The last step before a request leaves the gateway: whatever tenant header the client sent is
 * replaced by the authenticated tenant, and the client's credentials stay here.
 */
final class TenantForwarding {

	private TenantForwarding() {
	}

	static Function<ServerRequest, ServerRequest> forwardAuthenticatedTenant() {
		return request -> {
			// fail closed: a routed request without an authenticated tenant is a wiring error, never forwarded
			AuthenticatedTenant tenant = AuthenticatedTenant.of(request.servletRequest())
				.orElseThrow(() -> new IllegalStateException("Routed a request that was not authenticated"));
			return ServerRequest.from(request).headers(headers -> {
				// HttpHeaders is case-insensitive: this removes every spelling the client used
				headers.remove(AuthenticatedTenant.HEADER);
				headers.remove("X-Api-Key");
				headers.remove(HttpHeaders.AUTHORIZATION);
				headers.remove(HttpHeaders.COOKIE);
				headers.set(AuthenticatedTenant.HEADER, tenant.id());
			}).build();
		};
	}

}
