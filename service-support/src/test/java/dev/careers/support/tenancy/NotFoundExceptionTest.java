package dev.careers.support.tenancy;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;

class NotFoundExceptionTest {

	@Test
	void saysWhatWasNotFoundUnderOneTitle() {
		NotFoundException withoutId = new NotFoundException("import");
		NotFoundException withId = new NotFoundException("task", 42);
		assertThat(withoutId.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(withoutId.getBody().getDetail()).isEqualTo("No such import.");
		assertThat(withId.getBody().getDetail()).isEqualTo("No task 42.");
		assertThat(withoutId.getBody().getTitle()).isEqualTo(withId.getBody().getTitle()).isEqualTo("Not found");
	}

}
