package dev.careers.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CanonicalPathFilterTest {

	@ParameterizedTest
	@ValueSource(strings = { "/", "/api/imports", "/api/imports/0b6f-11/files", "/api/history/tasks/counts",
			"/api/jobs/v1.2", "/session", "/actuator/health" })
	void ordinaryPathsPass(String rawPath) {
		assertThat(CanonicalPathFilter.isCanonical(rawPath)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/jobs/../internal/x", "/api/jobs/./x", "/api/jobs/..", "/api/jobs/..;/x",
			"/api/jobs;jsessionid=1", "/api/jobs/%2e%2e/x", "/api/jobs/%2E./x", "/api/jobs/..%2fx", "/api/jobs/..%2Fx",
			"/api/jobs/..%5cx", "/api/jobs/..\\x", "/api//internal/x", "/api/jobs/%252e%252e/x", "/api/jobs/%00" })
	void pathsAnUpstreamCouldNormalizeElsewhereAreRefused(String rawPath) {
		assertThat(CanonicalPathFilter.isCanonical(rawPath)).isFalse();
	}

}
