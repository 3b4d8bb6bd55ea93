package dev.careers.gateway.web;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.stereotype.Component;

/**
 * Writes RFC 9457 problem details from servlet filters, which run before Spring MVC's own error
 * handling could render one.
 */
@Component
public class ProblemResponses {

	// the no-argument converter registers Spring's ProblemDetail mix-in (flat "properties")
	private final JacksonJsonHttpMessageConverter converter = new JacksonJsonHttpMessageConverter();

	/** Writes the problem, naming the request path as its instance as Spring MVC's own problems do. */
	public void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
			throws IOException {
		if (problem.getInstance() == null) {
			problem.setInstance(URI.create(request.getRequestURI()));
		}
		ServletServerHttpResponse output = new ServletServerHttpResponse(response);
		output.setStatusCode(HttpStatusCode.valueOf(problem.getStatus()));
		converter.write(problem, MediaType.APPLICATION_PROBLEM_JSON, output);
		output.flush();
	}

}
