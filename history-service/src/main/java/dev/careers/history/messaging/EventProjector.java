package dev.careers.history.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.careers.events.ApplicantsMerged;
import dev.careers.events.CareersEvent;
import dev.careers.events.ExtractionCompleted;
import dev.careers.events.ExtractionFailed;
import dev.careers.events.ExtractionProgressed;
import dev.careers.events.ExtractionRequested;
import dev.careers.events.ExtractionStarted;
import dev.careers.events.ImportCompleted;
import dev.careers.events.ImportFailed;
import dev.careers.events.ImportStarted;
import dev.careers.events.PossibleDuplicateFound;
import dev.careers.events.RecordCreated;
import dev.careers.events.RecordRejected;
import dev.careers.events.RecordSkipped;
import dev.careers.events.RecordUpdated;
import dev.careers.history.readmodel.importhistory.ImportHistoryProjection;
import dev.careers.history.readmodel.importhistory.PossibleDuplicatesProjection;
import dev.careers.history.messaging.ProcessedEvents.AppliedEvent;
import dev.careers.history.readmodel.ProjectionBatch;
import dev.careers.history.readmodel.ReadModelsChanged;
import dev.careers.history.readmodel.tasks.TaskProjection;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies a batch of events to the read models in one transaction: the event ids are claimed in
 * {@code processed_events} and the row changes written together, so a redelivered event changes
 * nothing and a crash leaves neither. Listeners learn what changed once the transaction commits.
 */
@Component
public class EventProjector {

	private final ImportHistoryProjection imports;

	private final TaskProjection tasks;

	private final PossibleDuplicatesProjection duplicates;

	private final TransactionTemplate transactions;

	private final NamedParameterJdbcTemplate jdbc;

	private final ProcessedEvents processedEvents;

	private final ApplicationEventPublisher publisher;

	private final ProjectionLag lag;

	private final RebuildGate gate;

	EventProjector(ImportHistoryProjection imports, TaskProjection tasks, PossibleDuplicatesProjection duplicates,
			TransactionTemplate transactions,
			NamedParameterJdbcTemplate jdbc, ProcessedEvents processedEvents, ApplicationEventPublisher publisher,
			ProjectionLag lag, RebuildGate gate) {
		this.imports = imports;
		this.tasks = tasks;
		this.duplicates = duplicates;
		this.transactions = transactions;
		this.jdbc = jdbc;
		this.processedEvents = processedEvents;
		this.publisher = publisher;
		this.lag = lag;
		this.gate = gate;
	}

	/**
	 * Applies the events of these live records that were not applied before. Every record must have
	 * passed {@link EventChecks}.
	 * @return how many events changed the read models
	 * @throws ReadModelsRebuildingException while a rebuild holds the read models, changing nothing
	 */
	int project(List<ConsumerRecord<String, CareersEvent>> records) {
		return project(records, true);
	}

	/** As {@link #project}, for the rebuild that holds the read models closed to live batches. */
	public int projectForRebuild(List<ConsumerRecord<String, CareersEvent>> records) {
		return project(records, false);
	}

	private int project(List<ConsumerRecord<String, CareersEvent>> records, boolean live) {
		if (records.isEmpty()) {
			return 0;
		}
		List<ConsumerRecord<String, CareersEvent>> applied = transactions.execute(status -> {
			if (live) {
				gate.admitLiveBatch();
			}
			return applyOnce(records);
		});
		lag.recordCommitted(applied);
		return applied.size();
	}

	private List<ConsumerRecord<String, CareersEvent>> applyOnce(List<ConsumerRecord<String, CareersEvent>> records) {
		Set<AppliedEvent> firstSeen = processedEvents.claim(records);
		List<ConsumerRecord<String, CareersEvent>> applied = new ArrayList<>(firstSeen.size());
		ProjectionBatch batch = new ProjectionBatch();
		for (ConsumerRecord<String, CareersEvent> record : records) {
			// remove: a batch may hold the same event twice, and only its first copy applies
			if (firstSeen.remove(AppliedEvent.of(record.value()))) {
				record.value().accept(new Projections(batch));
				applied.add(record);
			}
		}
		batch.execute(jdbc);
		ReadModelsChanged changes = batch.changes();
		if (!changes.isEmpty()) {
			publisher.publishEvent(changes);
		}
		return applied;
	}

	/** Each event to its projection's method: the compiler checks that every event type has one. */
	private final class Projections implements CareersEvent.Visitor<Void> {

		private final ProjectionBatch batch;

		Projections(ProjectionBatch batch) {
			this.batch = batch;
		}

		@Override
		public Void on(ImportStarted event) {
			imports.on(event, batch);
			return null;
		}

		@Override
		public Void on(RecordCreated event) {
			imports.on(event, batch);
			return null;
		}

		@Override
		public Void on(RecordUpdated event) {
			imports.on(event, batch);
			return null;
		}

		@Override
		public Void on(RecordSkipped event) {
			imports.on(event, batch);
			return null;
		}

		@Override
		public Void on(RecordRejected event) {
			imports.on(event, batch);
			return null;
		}

		@Override
		public Void on(ImportCompleted event) {
			imports.on(event, batch);
			return null;
		}

		@Override
		public Void on(ImportFailed event) {
			imports.on(event, batch);
			return null;
		}

		@Override
		public Void on(ExtractionRequested event) {
			tasks.on(event, batch);
			return null;
		}

		@Override
		public Void on(ExtractionStarted event) {
			tasks.on(event, batch);
			return null;
		}

		@Override
		public Void on(ExtractionProgressed event) {
			tasks.on(event, batch);
			return null;
		}

		@Override
		public Void on(ExtractionCompleted event) {
			tasks.on(event, batch);
			return null;
		}

		@Override
		public Void on(ExtractionFailed event) {
			tasks.on(event, batch);
			return null;
		}

		@Override
		public Void on(PossibleDuplicateFound event) {
			duplicates.on(event, batch);
			return null;
		}

		@Override
		public Void on(ApplicantsMerged event) {
			duplicates.on(event, batch);
			return null;
		}

	}

}
