package dev.careers.importer.uploads;

import java.util.stream.IntStream;

import dev.careers.support.tenancy.TenantId;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

class UploadThrottleTest {

	private final UploadThrottle throttle = new UploadThrottle(
			new UploadProperties(DataSize.ofMegabytes(1), DataSize.ofMegabytes(10), 5, 2));

	private final TenantId acme = new TenantId("acme");

	@Test
	void requestsPastTheConcurrentLimitAreRefusedUntilOneFinishes() {
		UploadThrottle.Admission first = throttle.admit(acme);
		UploadThrottle.Admission second = throttle.admit(acme);

		assertThatThrownBy(() -> throttle.admit(acme)).asInstanceOf(type(UploadRejected.class))
			.satisfies(rejected -> assertThat(rejected.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS));
		assertThat(throttle.admit(new TenantId("other"))).isNotNull();

		first.close();
		throttle.admit(acme).close();
		second.close();
	}

	@Test
	void aBatchMayOverdrawTheFileBucketAndTheNextRequestWaitsForTheRefill() {
		try (UploadThrottle.Admission batch = throttle.admit(acme)) {
			IntStream.range(0, 8).forEach(file -> batch.countFile());
		}

		assertThatThrownBy(() -> throttle.admit(acme)).asInstanceOf(type(UploadRejected.class))
			.satisfies(rejected -> {
				assertThat(rejected.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
				// 4 files of debt at 5 per minute: about 48 seconds
				assertThat(Long.parseLong(rejected.getHeaders().getFirst(HttpHeaders.RETRY_AFTER))).isBetween(40L,
						49L);
			});
	}

}
