package dev.careers.gateway.auth;

import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import org.springframework.web.util.WebUtils;

/** The session cookie: HttpOnly, SameSite=Strict, Secure whenever the request came over https. */
@Component
class SessionCookies {

	private final SessionProperties properties;

	SessionCookies(SessionProperties properties) {
		this.properties = properties;
	}

	Optional<String> sessionId(HttpServletRequest request) {
		Cookie cookie = WebUtils.getCookie(request, properties.cookieName());
		return Optional.ofNullable(cookie).map(Cookie::getValue).filter(value -> !value.isBlank());
	}

	ResponseCookie issue(String sessionId, HttpServletRequest request) {
		return cookie(sessionId, properties.ttl(), request);
	}

	ResponseCookie clear(HttpServletRequest request) {
		return cookie("", Duration.ZERO, request);
	}

	private ResponseCookie cookie(String value, Duration maxAge, HttpServletRequest request) {
		return ResponseCookie.from(properties.cookieName(), value)
			.httpOnly(true)
			.secure(request.isSecure())
			.sameSite("Strict")
			.path("/")
			.maxAge(maxAge)
			.build();
	}

}
