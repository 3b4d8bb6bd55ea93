package dev.careers.importer;

/**
 * Small caps and short timers (in {@value #PROPERTIES}), so the integration tests reach every
 * limit quickly. The constants here are the same numbers, for the tests' own arithmetic.
 */
final class TestSettings {

	static final String PROPERTIES = "classpath:import-service-test.properties";

	static final int MAX_FILE_BYTES = 64 * 1024;

	static final int MAX_REQUEST_BYTES = 512 * 1024;

	static final int FILES_PER_MINUTE = 40;

	static final int CONCURRENT_REQUESTS = 2;

	private TestSettings() {
	}

}
