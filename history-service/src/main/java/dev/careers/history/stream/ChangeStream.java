package dev.careers.history.stream;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import dev.careers.history.readmodel.importhistory.ImportHistoryQueries;
import dev.careers.history.readmodel.tasks.TaskQueries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Live task and import changes per tenant, read from the database's change log, so a stream on
 * any replica carries every change whichever replica projected it. It coalesces: every
 * {@code coalesce-interval} the rows changed since the last round are sent once each, in their
 * latest committed state. Event ids are change-log numbers and mean the same on every replica.
 */
@Component
class ChangeStream {

	private static final Logger log = LoggerFactory.getLogger(ChangeStream.class);

	private static final Map<String, String> RELOAD = Map.of("reason",
			"Changes after the last event are no longer kept: reload the lists.");

	private final Map<String, TenantStream> tenants = new ConcurrentHashMap<>();

	private final ChangeLog changeLog;

	private final TaskQueries tasks;

	private final ImportHistoryQueries imports;

	private final StreamProperties properties;

	/** The change-log number up to which this replica's streams have been sent; -1 until first read. */
	private long sentUpTo = -1;

	ChangeStream(ChangeLog changeLog, TaskQueries tasks, ImportHistoryQueries imports, StreamProperties properties) {
		this.changeLog = changeLog;
		this.tasks = tasks;
		this.imports = imports;
		this.properties = properties;
	}

	/**
	 * Opens a stream; with {@code lastEventId} it first sends the current state of every row changed
	 * after that id, or a {@code reset} when that can no longer be told.
	 */
	SseEmitter open(String tenantId, String lastEventId) {
		SseEmitter emitter = new SseEmitter(properties.connectionTimeout().toMillis());
		synchronized (this) {
			long upTo = sentUpTo();
			List<StreamEvent> missed = lastEventId == null ? List.of() : missedAfter(tenantId, lastEventId, upTo);
			tenants.compute(tenantId, (tenant, existing) -> {
				TenantStream stream = existing == null ? new TenantStream() : existing;
				stream.open(emitter, upTo, missed);
				return stream;
			});
		}
		Runnable close = () -> close(tenantId, emitter);
		emitter.onCompletion(close);
		emitter.onTimeout(close);
		emitter.onError(failure -> close.run());
		log.debug("Stream opened for tenant {} (resuming after {})", tenantId, lastEventId);
		return emitter;
	}

	@Scheduled(fixedDelayString = "${careers.history.stream.coalesce-interval:300ms}")
	synchronized void flush() {
		long from = sentUpTo();
		long head = changeLog.head();
		Map<String, List<ChangeLog.Entry>> byTenant = new LinkedHashMap<>();
		for (ChangeLog.Entry entry : changeLog.between(from, head, Set.copyOf(tenants.keySet()))) {
			byTenant.computeIfAbsent(entry.tenantId(), tenant -> new ArrayList<>()).add(entry);
		}
		byTenant.forEach((tenant, entries) -> {
			TenantStream stream = tenants.get(tenant);
			if (stream != null) {
				stream.publish(eventsFor(tenant, entries, head));
			}
		});
		sentUpTo = head;
	}

	@Scheduled(fixedRateString = "${careers.history.stream.heartbeat-interval:15s}")
	void heartbeat() {
		tenants.values().forEach(TenantStream::heartbeat);
	}

	private long sentUpTo() {
		if (sentUpTo < 0) {
			sentUpTo = changeLog.head();
		}
		return sentUpTo;
	}

	private List<StreamEvent> missedAfter(String tenantId, String lastEventId, long upTo) {
		long after;
		try {
			after = Long.parseLong(lastEventId);
		}
		catch (NumberFormatException notOurs) {
			return List.of(reset(upTo));
		}
		if (!changeLog.canResumeAfter(after)) {
			return List.of(reset(upTo));
		}
		// an id past this replica's round (another replica sent it first) is caught up by the next flush
		return after >= upTo ? List.of() : eventsFor(tenantId, changeLog.between(after, upTo, Set.of(tenantId)), upTo);
	}

	/**
	 * The current rows that these entries changed, the last one numbered {@code upTo}; a
	 * {@code reset} instead when they are more than a client should be sent one by one (a rebuild,
	 * or a client away for long).
	 */
	private List<StreamEvent> eventsFor(String tenantId, List<ChangeLog.Entry> entries, long upTo) {
		Set<UUID> importIds = new LinkedHashSet<>();
		Set<UUID> taskIds = new LinkedHashSet<>();
		entries.forEach(entry -> {
			importIds.addAll(entry.importIds());
			taskIds.addAll(entry.taskIds());
		});
		if (importIds.size() + taskIds.size() > properties.replayBufferSize()) {
			return List.of(reset(upTo));
		}
		List<StreamEvent> events = new ArrayList<>();
		if (!importIds.isEmpty()) {
			imports.findAll(tenantId, importIds).forEach(row -> events.add(new StreamEvent(null, StreamEvent.IMPORT, row)));
		}
		if (!taskIds.isEmpty()) {
			tasks.findAll(tenantId, taskIds).forEach(row -> events.add(new StreamEvent(null, StreamEvent.TASK, row)));
		}
		if (!events.isEmpty()) {
			StreamEvent last = events.remove(events.size() - 1);
			events.add(new StreamEvent(Long.toString(upTo), last.name(), last.data()));
		}
		return events;
	}

	private static StreamEvent reset(long upTo) {
		return new StreamEvent(Long.toString(upTo), StreamEvent.RESET, RELOAD);
	}

	private void close(String tenantId, SseEmitter emitter) {
		tenants.computeIfPresent(tenantId, (tenant, stream) -> {
			stream.close(emitter);
			return stream.isEmpty() ? null : stream;
		});
	}

}
