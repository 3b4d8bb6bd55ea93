package dev.careers.worker;

import dev.careers.events.FailureCode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One check for "this ends the task with that failure code", shared by the worker's feature tests. */
public final class FailureAssertions {

	private FailureAssertions() {
	}

	public static void assertFailure(Runnable action, FailureCode code) {
		assertThatThrownBy(action::run).isInstanceOfSatisfying(ExtractionFailure.class,
				failure -> assertThat(failure.code()).as(failure.getMessage()).isEqualTo(code));
	}

}
