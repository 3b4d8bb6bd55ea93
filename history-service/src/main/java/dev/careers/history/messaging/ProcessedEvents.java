package dev.careers.history.messaging;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.careers.events.CareersEvent;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;

/** The log of applied event ids that makes every projection idempotent. */
@Component
class ProcessedEvents {

	private static final String CLAIM = """
			insert into processed_events (tenant_id, event_id, topic)
			select * from unnest(:tenants, :eventIds, :topics)
			on conflict do nothing
			returning tenant_id, event_id
			""";

	private final JdbcClient jdbc;

	ProcessedEvents(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records these events as applied, in the caller's transaction, and answers those not applied
	 * before: one statement for a whole batch.
	 */
	Set<AppliedEvent> claim(List<ConsumerRecord<String, CareersEvent>> records) {
		Object[] tenants = records.stream().map(record -> record.value().tenantId()).toArray();
		Object[] eventIds = records.stream().map(record -> record.value().eventId()).toArray();
		Object[] topics = records.stream().map(ConsumerRecord::topic).toArray();
		return jdbc.sql(CLAIM)
			.param("tenants", new SqlArrayValue("text", tenants))
			.param("eventIds", new SqlArrayValue("uuid", eventIds))
			.param("topics", new SqlArrayValue("text", topics))
			.query((row, rowNumber) -> new AppliedEvent(row.getString("tenant_id"), row.getObject("event_id", UUID.class)))
			.set();
	}

	record AppliedEvent(String tenantId, UUID eventId) {

		static AppliedEvent of(CareersEvent event) {
			return new AppliedEvent(event.tenantId(), event.eventId());
		}

	}

}
