package dev.careers.history.messaging;

import java.util.Optional;

import dev.careers.events.ApplicantsMerged;
import dev.careers.events.CareersEvent;
import dev.careers.events.ExtractionEvent;
import dev.careers.events.ExtractionRequested;
import dev.careers.events.ImportEvent;
import dev.careers.events.PossibleDuplicateFound;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.util.StringUtils;

/** What makes a record projectable: readable, and carrying its tenant, ids and time. */
public final class EventChecks {

	private EventChecks() {
	}

	/** Why this record cannot be projected, or empty when it can. */
	public static Optional<String> problemWith(ConsumerRecord<String, CareersEvent> record) {
		CareersEvent event = record.value();
		if (event == null) {
			return Optional.of("the value could not be read as an event");
		}
		if (!StringUtils.hasText(event.tenantId()) || event.eventId() == null || event.occurredAt() == null) {
			return Optional.of("the event lacks its tenantId, eventId or occurredAt");
		}
		if (event instanceof ImportEvent imported && imported.importId() == null) {
			return Optional.of("the import event lacks its importId");
		}
		if (event instanceof ExtractionEvent extraction
				&& (extraction.taskId() == null || extraction.recordId() == null || extraction.kind() == null)) {
			return Optional.of("the extraction event lacks its taskId, recordId or kind");
		}
		if (event instanceof ExtractionRequested requested
				&& (requested.taskId() == null || requested.recordId() == null || requested.kind() == null)) {
			return Optional.of("the extraction request lacks its taskId, recordId or kind");
		}
		if (event instanceof PossibleDuplicateFound found
				&& (found.applicantId() == null || found.duplicateId() == null || found.matchedOn() == null)) {
			return Optional.of("the possible duplicate lacks its applicantId, duplicateId or matchedOn");
		}
		if (event instanceof ApplicantsMerged merged
				&& (merged.applicantId() == null || merged.mergedApplicantId() == null)) {
			return Optional.of("the merge lacks its applicantId or mergedApplicantId");
		}
		return Optional.empty();
	}

}
