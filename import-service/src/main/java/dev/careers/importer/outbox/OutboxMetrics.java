package dev.careers.importer.outbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code careers.outbox.backlog}: events written but not yet acknowledged by Kafka;
 * {@code careers.outbox.oldest.age}: how long the oldest of them has waited. Published events are
 * deleted, so both read a small table.
 */
@Component
class OutboxMetrics {

	private final JdbcClient jdbc;

	private final Clock clock;

	OutboxMetrics(JdbcClient jdbc, Clock clock, MeterRegistry meters) {
		this.jdbc = jdbc;
		this.clock = clock;
		Gauge.builder("careers.outbox.backlog", this, OutboxMetrics::backlog)
			.description("Events in the outbox not yet acknowledged by Kafka")
			.register(meters);
		Gauge.builder("careers.outbox.oldest.age", this, OutboxMetrics::oldestAgeSeconds)
			.description("Age of the oldest event in the outbox")
			.baseUnit("seconds")
			.register(meters);
	}

	double backlog() {
		return jdbc.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL")
			.query(Long.class)
			.single();
	}

	double oldestAgeSeconds() {
		Timestamp oldest = jdbc.sql("SELECT min(publication_date) FROM event_publication WHERE completion_date IS NULL")
			.query(rows -> rows.next() ? rows.getTimestamp(1) : null);
		return oldest == null ? 0.0 : Duration.between(oldest.toInstant(), clock.instant()).toMillis() / 1000.0;
	}

}
