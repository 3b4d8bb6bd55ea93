package dev.careers.gateway.web;

import java.io.IOException;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request paths that an upstream could normalize differently from the gateway: dot
 * segments, path parameters, encoded dots, slashes and backslashes, empty segments. The proxy
 * forwards the raw path, so {@code /api/jobs/..;/../internal/x} would match an {@code /api/**}
 * route here and reach {@code /internal/x} upstream.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class CanonicalPathFilter extends OncePerRequestFilter {

	private static final Pattern DOT_SEGMENT = Pattern.compile("(^|/)\\.{1,2}(/|$)");

	private final ProblemResponses problems;

	CanonicalPathFilter(ProblemResponses problems) {
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (isCanonical(request.getRequestURI())) {
			chain.doFilter(request, response);
			return;
		}
		problems.write(request, response, ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request path is not canonical."));
	}

	static boolean isCanonical(String rawPath) {
		String path = rawPath.toLowerCase(Locale.ROOT);
		return !path.contains(";") && !path.contains("\\") && !path.contains("//") && !path.contains("%2e")
				&& !path.contains("%2f") && !path.contains("%5c") && !path.contains("%25") && !path.contains("%00")
				&& !DOT_SEGMENT.matcher(path).find();
	}

}
