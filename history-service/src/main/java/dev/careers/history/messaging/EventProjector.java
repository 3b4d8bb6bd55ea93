package dev.careers.history.messaging;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

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
import dev.careers.history.importhistory.ImportHistoryProjection;
import dev.careers.history.importhistory.PossibleDuplicatesProjection;
import dev.careers.history.messaging.ProcessedEvents.AppliedEvent;
import dev.careers.history.projection.ProjectionBatch;
import dev.careers.history.projection.ReadModelsChanged;
import dev.careers.history.tasks.TaskProjection;

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

	private final Map<Class<?>, BiConsumer<CareersEvent, ProjectionBatch>> projections = new HashMap<>();

	private final TransactionTemplate transactions;

	private final NamedParameterJdbcTemplate jdbc;

	private final ProcessedEvents processedEvents;

	private final ApplicationEventPublisher publisher;

	private final ProjectionLag lag;

	EventProjector(ImportHistoryProjection imports, TaskProjection tasks, PossibleDuplicatesProjection duplicates,
			TransactionTemplate transactions,
			NamedParameterJdbcTemplate jdbc, ProcessedEvents processedEvents, ApplicationEventPublisher publisher,
			ProjectionLag lag) {
		this.transactions = transactions;
		this.jdbc = jdbc;
		this.processedEvents = processedEvents;
		this.publisher = publisher;
		this.lag = lag;
		register(ImportStarted.class, imports::on);
		register(RecordCreated.class, imports::on);
		register(RecordUpdated.class, imports::on);
		register(RecordSkipped.class, imports::on);
		register(RecordRejected.class, imports::on);
		register(ImportCompleted.class, imports::on);
		register(ImportFailed.class, imports::on);
		register(ExtractionRequested.class, tasks::on);
		register(ExtractionStarted.class, tasks::on);
		register(ExtractionProgressed.class, tasks::on);
		register(ExtractionCompleted.class, tasks::on);
		register(ExtractionFailed.class, tasks::on);
		register(PossibleDuplicateFound.class, duplicates::on);
		register(ApplicantsMerged.class, duplicates::on);
	}

	private <E extends CareersEvent> void register(Class<E> type, BiConsumer<E, ProjectionBatch> projection) {
		projections.put(type, (event, batch) -> projection.accept(type.cast(event), batch));
	}

	/**
	 * Applies the events of these records that were not applied before. Every record must have
	 * passed {@link EventChecks}.
	 * @return how many events changed the read models
	 */
	public int project(List<ConsumerRecord<String, CareersEvent>> records) {
		if (records.isEmpty()) {
			return 0;
		}
		List<ConsumerRecord<String, CareersEvent>> applied = transactions.execute(status -> applyOnce(records));
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
				projectionOf(record.value()).accept(record.value(), batch);
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

	private BiConsumer<CareersEvent, ProjectionBatch> projectionOf(CareersEvent event) {
		BiConsumer<CareersEvent, ProjectionBatch> projection = projections.get(event.getClass());
		if (projection == null) {
			throw new PoisonEventException("No projection for " + event.getClass().getSimpleName());
		}
		return projection;
	}

}
