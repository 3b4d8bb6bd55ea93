package dev.careers.importer.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.modulith.events.core.TargetEventPublication;

/**
 * Spring Modulith's publication repository with the relay's writes per event batched (ADR 0021):
 * Modulith marks each publication PROCESSING before it sends it and deletes it once Kafka
 * acknowledged it, two autocommitted statements (two WAL flushes) per event. Here the PROCESSING
 * mark is not written (only Modulith's staleness monitor reads it, and it is off), and an
 * acknowledged publication is queued and deleted with the others of the last
 * {@code flushInterval} in one statement. A crash before that delete leaves publications that are
 * sent again on restart: at least once, as after a crash between the acknowledgement and the
 * delete before. Publications waiting for their delete are not handed out as incomplete.
 */
final class BatchedCompletions implements EventPublicationRepository, AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(BatchedCompletions.class);

	private final EventPublicationRepository delegate;

	private final Set<UUID> acknowledged = ConcurrentHashMap.newKeySet();

	private final ScheduledExecutorService flusher;

	BatchedCompletions(EventPublicationRepository delegate, Duration flushInterval) {
		this.delegate = delegate;
		this.flusher = Executors.newSingleThreadScheduledExecutor(task -> {
			Thread thread = new Thread(task, "outbox-completions");
			thread.setDaemon(true);
			return thread;
		});
		flusher.scheduleWithFixedDelay(this::flush, flushInterval.toMillis(), flushInterval.toMillis(),
				TimeUnit.MILLISECONDS);
	}

	@Override
	public void markProcessing(UUID identifier) {
		// not written: see the class comment
	}

	@Override
	public void markCompleted(UUID identifier, Instant completionDate) {
		acknowledged.add(identifier);
	}

	/** Deletes the publications acknowledged since the last flush, in one statement per chunk. */
	void flush() {
		List<UUID> deleting = new ArrayList<>(acknowledged);
		if (deleting.isEmpty()) {
			return;
		}
		try {
			delegate.deletePublications(deleting);
			deleting.forEach(acknowledged::remove);
		}
		catch (RuntimeException ex) {
			// they stay queued for the next flush
			log.warn("Could not delete {} acknowledged outbox publications; next try in a moment: {}",
					deleting.size(), ex.toString());
		}
	}

	@Override
	public void close() {
		flusher.shutdown();
		try {
			flusher.awaitTermination(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		flush();
	}

	@Override
	public TargetEventPublication create(TargetEventPublication publication) {
		return delegate.create(publication);
	}

	@Override
	public void markCompleted(Object event, PublicationTargetIdentifier identifier, Instant completionDate) {
		delegate.markCompleted(event, identifier, completionDate);
	}

	@Override
	public void markFailed(UUID identifier) {
		delegate.markFailed(identifier);
	}

	@Override
	public boolean markResubmitted(UUID identifier, Instant resubmissionDate) {
		return delegate.markResubmitted(identifier, resubmissionDate);
	}

	@Override
	public List<TargetEventPublication> findIncompletePublications() {
		return stillIncomplete(delegate.findIncompletePublications());
	}

	@Override
	public List<TargetEventPublication> findIncompletePublicationsPublishedBefore(Instant instant) {
		return stillIncomplete(delegate.findIncompletePublicationsPublishedBefore(instant));
	}

	@Override
	public Optional<TargetEventPublication> findIncompletePublicationsByEventAndTargetIdentifier(Object event,
			PublicationTargetIdentifier targetIdentifier) {
		return delegate.findIncompletePublicationsByEventAndTargetIdentifier(event, targetIdentifier)
			.filter(publication -> !acknowledged.contains(publication.getIdentifier()));
	}

	@Override
	public List<TargetEventPublication> findCompletedPublications() {
		return delegate.findCompletedPublications();
	}

	@Override
	public void deletePublications(List<UUID> identifiers) {
		delegate.deletePublications(identifiers);
	}

	@Override
	public void deleteCompletedPublications() {
		delegate.deleteCompletedPublications();
	}

	@Override
	public void deleteCompletedPublicationsBefore(Instant instant) {
		delegate.deleteCompletedPublicationsBefore(instant);
	}

	@Override
	public List<TargetEventPublication> findFailedPublications(FailedCriteria criteria) {
		return stillIncomplete(delegate.findFailedPublications(criteria));
	}

	@Override
	public List<TargetEventPublication> findByStatus(EventPublication.Status status) {
		return delegate.findByStatus(status);
	}

	@Override
	public int countByStatus(EventPublication.Status status) {
		return delegate.countByStatus(status);
	}

	private List<TargetEventPublication> stillIncomplete(List<TargetEventPublication> publications) {
		return publications.stream()
			.filter(publication -> !acknowledged.contains(publication.getIdentifier()))
			.toList();
	}

}
