package dev.careers.e2e;

/**
 * The stack of the fault tests: one tenant, and four request partitions so that two workers of two
 * consumer threads each all hold partitions.
 */
final class FaultTestSystem {

	static final String API_KEY = "dev-key";

	private FaultTestSystem() {
	}

	static LocalStack withWorkers(int workers) {
		return LocalStack.withTenants("demo=" + API_KEY).workers(workers).requestPartitions(4);
	}

}
