package dev.careers.gateway.auth;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import dev.careers.gateway.web.ProblemResponses;

/**
 * Turns the {@code X-Api-Key} header, or else an OIDC bearer token, or else the session cookie,
 * into the tenant of an {@code /api/**} request. The first credential present decides alone: a
 * wrong key is refused even when a valid cookie comes with it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class AuthenticationFilter extends OncePerRequestFilter {

	static final String API_KEY_HEADER = "X-Api-Key";

	private static final String BEARER = "Bearer ";

	private static final Logger log = LoggerFactory.getLogger(AuthenticationFilter.class);

	private final ApiKeys apiKeys;

	private final BearerTokens bearerTokens;

	private final Sessions sessions;

	private final SessionCookies cookies;

	private final ProblemResponses problems;

	AuthenticationFilter(ApiKeys apiKeys, BearerTokens bearerTokens, Sessions sessions, SessionCookies cookies,
			ProblemResponses problems) {
		this.apiKeys = apiKeys;
		this.bearerTokens = bearerTokens;
		this.sessions = sessions;
		this.cookies = cookies;
		this.problems = problems;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !(path.equals("/api") || path.startsWith("/api/"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String apiKey = request.getHeader(API_KEY_HEADER);
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		Optional<String> tenant;
		if (apiKey != null) {
			tenant = apiKeys.tenantFor(apiKey);
		}
		else if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			tenant = bearerTokens.tenantFor(authorization.substring(BEARER.length()).trim());
		}
		else {
			tenant = cookies.sessionId(request).flatMap(sessions::tenantFor);
			if (tenant.isPresent() && !ScriptedRequests.isSafeOrScripted(request)) {
				log.info("Refused a cookie-authenticated {} without {} for tenant {}", request.getMethod(),
						ScriptedRequests.HEADER, tenant.get());
				problems.write(request, response, AuthProblems.notScripted());
				return;
			}
		}
		if (tenant.isEmpty()) {
			log.debug("Refused an unauthenticated {} {}", request.getMethod(), request.getRequestURI());
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "ApiKey realm=\"careers\"");
			problems.write(request, response, AuthProblems.unauthenticated());
			return;
		}
		new AuthenticatedTenant(tenant.get()).bindTo(request);
		chain.doFilter(request, response);
	}

}
