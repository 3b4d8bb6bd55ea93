package dev.careers.e2e;

import java.time.Duration;

/**
 * The figures of one fault test run, printed as one line that docs/reliability.md quotes:
 * {@code RELIABILITY <test> files=.. tasks=.. seconds=.. faults=..}.
 */
record ReliabilityRun(String test, int files, int tasks, Duration took, String faults) {

	void print() {
		System.out.printf("RELIABILITY %s files=%d tasks=%d seconds=%d faults=%s%n", test, files, tasks, took.toSeconds(),
				faults);
	}

}
