package dev.careers.gateway.auth;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The tenant the gateway authenticated a request for, carried as a request attribute from the
 * authentication filter to the routes that forward it.
 */
public record AuthenticatedTenant(String id) {

	/** The header the services read the tenant from; a client's own value is always dropped. */
	public static final String HEADER = "X-Tenant-Id";

	private static final String ATTRIBUTE = AuthenticatedTenant.class.getName();

	void bindTo(HttpServletRequest request) {
		request.setAttribute(ATTRIBUTE, this);
	}

	public static Optional<AuthenticatedTenant> of(HttpServletRequest request) {
		return Optional.ofNullable((AuthenticatedTenant) request.getAttribute(ATTRIBUTE));
	}

}
