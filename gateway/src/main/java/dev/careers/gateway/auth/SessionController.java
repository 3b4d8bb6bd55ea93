package dev.careers.gateway.auth;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sign-in for the web UI: exchanges an API key for an HttpOnly session cookie that then
 * authenticates {@code /api/**} like the key itself.
 */
@RestController
@RequestMapping("/session")
class SessionController {

	private static final Logger log = LoggerFactory.getLogger(SessionController.class);

	private final ApiKeys apiKeys;

	private final Sessions sessions;

	private final SessionCookies cookies;

	SessionController(ApiKeys apiKeys, Sessions sessions, SessionCookies cookies) {
		this.apiKeys = apiKeys;
		this.sessions = sessions;
		this.cookies = cookies;
	}

	record SignIn(String apiKey) {
	}

	record SignedIn(String tenant) {
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> signIn(@RequestBody SignIn signIn, HttpServletRequest request) {
		if (!ScriptedRequests.isScripted(request)) {
			return problem(AuthProblems.notScripted());
		}
		if (signIn.apiKey() == null) {
			return problem(AuthProblems.unauthenticated());
		}
		return apiKeys.tenantFor(signIn.apiKey()).<ResponseEntity<?>>map(tenant -> {
			String sessionId = sessions.open(tenant);
			log.info("Session opened for tenant {}", tenant);
			return ResponseEntity.ok()
				.header(HttpHeaders.SET_COOKIE, cookies.issue(sessionId, request).toString())
				.body(new SignedIn(tenant));
		}).orElseGet(() -> problem(AuthProblems.unauthenticated()));
	}

	@GetMapping
	ResponseEntity<?> current(HttpServletRequest request) {
		return cookies.sessionId(request)
			.flatMap(sessions::tenantFor)
			.<ResponseEntity<?>>map(tenant -> ResponseEntity.ok(new SignedIn(tenant)))
			.orElseGet(() -> problem(AuthProblems.unauthenticated()));
	}

	@DeleteMapping
	ResponseEntity<?> signOut(HttpServletRequest request) {
		if (!ScriptedRequests.isScripted(request)) {
			return problem(AuthProblems.notScripted());
		}
		cookies.sessionId(request).ifPresent(sessionId -> {
			sessions.tenantFor(sessionId).ifPresent(tenant -> log.info("Session closed for tenant {}", tenant));
			sessions.close(sessionId);
		});
		return ResponseEntity.noContent().header(HttpHeaders.SET_COOKIE, cookies.clear(request).toString()).build();
	}

	private static ResponseEntity<ProblemDetail> problem(ProblemDetail problem) {
		return ResponseEntity.status(HttpStatus.valueOf(problem.getStatus()))
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

}
