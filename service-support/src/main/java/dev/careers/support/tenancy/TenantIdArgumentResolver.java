package dev.careers.support.tenancy;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Resolves {@link TenantId} parameters from the gateway's header; without one the answer is 401. */
class TenantIdArgumentResolver implements HandlerMethodArgumentResolver {

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return TenantId.class.equals(parameter.getParameterType());
	}

	@Override
	public TenantId resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
		String header = webRequest.getHeader(TenantId.HEADER);
		try {
			return new TenantId(header);
		}
		catch (IllegalArgumentException ex) {
			throw unauthorized();
		}
	}

	private static ErrorResponseException unauthorized() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
				"This request carries no tenant. Call the service through the gateway with an API key.");
		problem.setTitle("No tenant");
		return new ErrorResponseException(HttpStatus.UNAUTHORIZED, problem, null);
	}

}
