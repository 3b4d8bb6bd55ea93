package dev.careers.events;

import java.time.Instant;
import java.util.UUID;

/**
 * What every event on every topic carries. {@link #key()} is the Kafka record key, so all events
 * of one aggregate (an import, a record, a task) stay in one partition and in order.
 */
public sealed interface CareersEvent permits ImportEvent, ExtractionRequested, ExtractionEvent,
		ApplicantEvent {

	UUID eventId();

	String tenantId();

	Instant occurredAt();

	String key();

}
