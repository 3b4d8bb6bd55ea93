package dev.careers.importer;

import java.time.Duration;
import java.util.UUID;

import dev.careers.testsupport.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Bounded state: handled event ids leave {@code processed_events} once past the redelivery window
 * (seven days by default), and only those. The service runs on a schema of its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AbstractDedupePurgeIT {

	private static final String SCHEMA = "dedupe_purge";

	private ConfigurableApplicationContext service;

	private JdbcClient jdbc;

	abstract TestInfrastructure infrastructure();

	@BeforeAll
	void startService() {
		service = ServiceOnOwnSchema.start(infrastructure(), SCHEMA,
				"spring.kafka.consumer.group-id=import-service-" + SCHEMA, "careers.dedupe.purge-interval=1s");
		jdbc = service.getBean(JdbcClient.class);
	}

	@AfterAll
	void stopService() {
		service.close();
	}

	@Test
	void handledEventIdsPastTheRedeliveryWindowArePurgedAndRecentOnesKept() {
		UUID old = handled("8 days");
		UUID recent = handled("6 days");
		UUID now = handled("0 seconds");

		await().atMost(Duration.ofSeconds(30)).until(() -> !kept(old));
		assertThat(kept(recent)).isTrue();
		assertThat(kept(now)).isTrue();
	}

	private UUID handled(String ago) {
		UUID eventId = UUID.randomUUID();
		jdbc.sql("insert into processed_events (event_id, tenant_id, processed_at) values (:id, 'purge', now() - cast(:ago as interval))")
			.param("id", eventId)
			.param("ago", ago)
			.update();
		return eventId;
	}

	private boolean kept(UUID eventId) {
		return jdbc.sql("select count(*) from processed_events where event_id = :id")
			.param("id", eventId)
			.query(Long.class)
			.single() == 1;
	}

}
