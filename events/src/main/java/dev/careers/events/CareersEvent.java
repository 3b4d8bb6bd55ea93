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

	/**
	 * Hands this event to the visitor's method for its type: dispatch that the compiler checks for
	 * every event type (Java 17 has no pattern-matching switch over a sealed type).
	 */
	<R> R accept(Visitor<R> visitor);

	/** One method per event type on every topic. */
	interface Visitor<R> extends ImportEvent.Visitor<R>, ExtractionEvent.Visitor<R>, ApplicantEvent.Visitor<R> {

		R on(ExtractionRequested event);

	}

}
