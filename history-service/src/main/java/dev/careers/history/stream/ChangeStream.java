package dev.careers.history.stream;

import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import dev.careers.history.readmodel.importhistory.ImportHistoryQueries;
import dev.careers.history.readmodel.ReadModelsChanged;
import dev.careers.history.readmodel.tasks.TaskQueries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Live task and import changes per tenant. Fed after the projection commits, it coalesces: every
 * {@code coalesce-interval} each changed row is sent once, in its latest committed state. Only
 * tenants with a stream open (or closed within the resume window) are followed.
 */
@Component
class ChangeStream {

	private static final Logger log = LoggerFactory.getLogger(ChangeStream.class);

	private final Map<String, TenantStream> tenants = new ConcurrentHashMap<>();

	private final PendingChanges pending = new PendingChanges();

	private final TaskQueries tasks;

	private final ImportHistoryQueries imports;

	private final StreamProperties properties;

	ChangeStream(TaskQueries tasks, ImportHistoryQueries imports, StreamProperties properties) {
		this.tasks = tasks;
		this.imports = imports;
		this.properties = properties;
	}

	SseEmitter open(String tenantId, String lastEventId) {
		SseEmitter emitter = new SseEmitter(properties.connectionTimeout().toMillis());
		TenantStream stream = tenants.compute(tenantId, (tenant, existing) -> {
			TenantStream opened = existing == null ? new TenantStream(properties.replayBufferSize(), Instant.now())
					: existing;
			opened.open(emitter, lastEventId);
			return opened;
		});
		Runnable close = () -> stream.close(emitter, Instant.now());
		emitter.onCompletion(close);
		emitter.onTimeout(close);
		emitter.onError(failure -> close.run());
		log.debug("Stream opened for tenant {} (resuming after {})", tenantId, lastEventId);
		return emitter;
	}

	@TransactionalEventListener
	void onCommitted(ReadModelsChanged changes) {
		Set<String> changedTenants = new HashSet<>(changes.tasksByTenant().keySet());
		changedTenants.addAll(changes.importsByTenant().keySet());
		for (String tenant : changedTenants) {
			if (tenants.containsKey(tenant)) {
				pending.add(tenant, changes.tasksByTenant().get(tenant), changes.importsByTenant().get(tenant));
			}
		}
	}

	@Scheduled(fixedDelayString = "${careers.history.stream.coalesce-interval:300ms}")
	void flush() {
		PendingChanges.Snapshot changed = pending.drain();
		changed.imports().forEach((tenant, ids) -> {
			TenantStream stream = tenants.get(tenant);
			if (stream != null) {
				imports.findAll(tenant, ids).forEach(row -> stream.publish(StreamEvent.IMPORT, row));
			}
		});
		changed.tasks().forEach((tenant, ids) -> {
			TenantStream stream = tenants.get(tenant);
			if (stream != null) {
				tasks.findAll(tenant, ids).forEach(row -> stream.publish(StreamEvent.TASK, row));
			}
		});
		forgetTenantsUnwatchedPast(Instant.now().minus(properties.resumeWindow()));
	}

	@Scheduled(fixedRateString = "${careers.history.stream.heartbeat-interval:15s}")
	void heartbeat() {
		tenants.values().forEach(TenantStream::heartbeat);
	}

	private void forgetTenantsUnwatchedPast(Instant cutoff) {
		for (String tenant : tenants.keySet()) {
			tenants.computeIfPresent(tenant, (key, stream) -> stream.unwatchedBefore(cutoff) ? null : stream);
		}
	}

}
