package dev.careers.support.tenancy;

import java.lang.reflect.Method;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.context.request.ServletWebRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TenantIdArgumentResolverTest {

	private final TenantIdArgumentResolver resolver = new TenantIdArgumentResolver();

	@ParameterizedTest
	@ValueSource(strings = { "demo", "acme-corp", "t.1_2", "A", "0123456789012345678901234567890123456789012345678901234567890123" })
	void aWellFormedTenantHeaderBecomesTheTenant(String tenant) throws Exception {
		assertThat(resolve(tenant)).isEqualTo(new TenantId(tenant));
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { " ", " demo", "demo ", "-demo", ".demo", "de mo", "demo/x", "dëmo",
			"01234567890123456789012345678901234567890123456789012345678901234" })
	void anyOtherHeaderAnswers401WithoutReachingTheController(String tenant) {
		assertThatThrownBy(() -> resolve(tenant)).isInstanceOfSatisfying(ErrorResponseException.class, refused -> {
			assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
			assertThat(refused.getBody().getTitle()).isEqualTo("No tenant");
		});
	}

	private TenantId resolve(String header) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest();
		if (header != null) {
			request.addHeader(TenantId.HEADER, header);
		}
		Method handler = TenantIdArgumentResolverTest.class.getDeclaredMethod("handler", TenantId.class);
		MethodParameter parameter = new MethodParameter(handler, 0);
		assertThat(resolver.supportsParameter(parameter)).isTrue();
		return resolver.resolveArgument(parameter, null, new ServletWebRequest(request), null);
	}

	@SuppressWarnings("unused")
	private void handler(TenantId tenant) {
	}

}
