package dev.careers.history.web;

import org.springframework.core.MethodParameter;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Supplies {@link TenantId} parameters from the gateway's header, or refuses the request. */
class TenantIdArgumentResolver implements HandlerMethodArgumentResolver {

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return TenantId.class.equals(parameter.getParameterType());
	}

	@Override
	public TenantId resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
		String tenant = webRequest.getHeader(TenantId.HEADER);
		if (!StringUtils.hasText(tenant)) {
			throw new MissingTenantException();
		}
		return new TenantId(tenant.strip());
	}

}
