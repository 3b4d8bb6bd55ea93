package dev.careers.gateway.auth;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Cross-site request forgery guard for cookie-authenticated requests: a state-changing request
 * must carry a custom header, which a page of another origin cannot add without a CORS preflight
 * that this gateway never grants. SameSite=Strict on the cookie is the first line; this is the second.
 */
final class ScriptedRequests {

	static final String HEADER = "X-Requested-With";

	private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

	private ScriptedRequests() {
	}

	static boolean isSafeOrScripted(HttpServletRequest request) {
		return SAFE_METHODS.contains(request.getMethod()) || isScripted(request);
	}

	static boolean isScripted(HttpServletRequest request) {
		String value = request.getHeader(HEADER);
		return value != null && !value.isBlank();
	}

}
