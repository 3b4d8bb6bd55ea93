package dev.careers.e2e;

/**
 * The stack the end-to-end classes share that leave it as they found it: each keeps to its own
 * tenants and imports. Its settings are what any of them needs, and change nothing the others
 * check: the worker may fetch postings from a job board on loopback; the upload limits of a tenant
 * are raised for the twenty uploaders of the load test; the request rate limit stays on, with room
 * enough that the many probes of tenant isolation meet 404s, not 429s (AbuseLimitsIT proves it).
 */
final class SharedSystem {

	static final String DEMO_KEY = "dev-key";

	static final String OTHER_KEY = "other-key";

	static final String ALPHA_KEY = "alpha-key";

	static final String BETA_KEY = "beta-key";

	static final String LOAD_KEY = "load-key";

	static final String CLI_KEY = "cli-key";

	private SharedSystem() {
	}

	static LocalStack stack() {
		return LocalStack
			.withTenants("demo=" + DEMO_KEY + ",other=" + OTHER_KEY + ",alpha=" + ALPHA_KEY + ",beta=" + BETA_KEY
					+ ",load=" + LOAD_KEY + ",cli=" + CLI_KEY)
			.settings("-Dcareers.fetch.allowed-hosts=127.0.0.1,localhost",
					"-Dcareers.uploads.concurrent-requests-per-tenant=" + ConcurrentUploadersLoadIT.UPLOADERS,
					"-Dcareers.uploads.files-per-minute=100000", "-Dcareers.gateway.rate-limit.burst=100000",
					"-Dcareers.gateway.rate-limit.per-second=10000");
	}

}
