package dev.careers.importer.imports;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import dev.careers.events.ImportCompleted;
import dev.careers.events.ImportFailed;
import dev.careers.events.ImportStarted;
import dev.careers.events.ImportType;
import dev.careers.support.tenancy.NotFoundException;
import dev.careers.support.tenancy.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens and closes imports. An import closes as COMPLETED, or FAILED when every one of its records
 * was rejected; its totals travel in the closing event.
 */
@Service
class ImportLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ImportLifecycle.class);

	private final Imports imports;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ImportLifecycle(Imports imports, ApplicationEventPublisher events, Clock clock) {
		this.imports = imports;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	ImportSummary open(TenantId tenant, ImportType type, String label) {
		UUID id = UUID.randomUUID();
		Instant now = clock.instant();
		imports.insert(tenant, id, type, label, now);
		events.publishEvent(new ImportStarted(UUID.randomUUID(), tenant.value(), now, id, type, label));
		log.info("Import opened: tenant={} import={} type={}", tenant, id, type);
		return imports.find(tenant, id).orElseThrow();
	}

	/** Closes the import; closing a closed import answers it as it is. */
	@Transactional
	ImportSummary close(TenantId tenant, UUID id) {
		ImportSummary current = imports.lock(tenant, id).orElseThrow(() -> new NotFoundException("import"));
		return current.status() == ImportStatus.IN_PROGRESS ? closeLocked(tenant, current) : current;
	}

	/** Closes the import unless a file arrived since it was found idle. */
	@Transactional
	void closeIfIdle(TenantId tenant, UUID id, Duration idleTime) {
		imports.lock(tenant, id)
			.filter(current -> current.status() == ImportStatus.IN_PROGRESS)
			.filter(current -> !current.lastActivityAt().isAfter(clock.instant().minus(idleTime)))
			.ifPresent(current -> closeLocked(tenant, current));
	}

	private ImportSummary closeLocked(TenantId tenant, ImportSummary current) {
		UUID id = current.id();
		Instant now = clock.instant();
		if (current.everyRecordFailed()) {
			imports.finish(tenant, id, ImportStatus.FAILED, now);
			events.publishEvent(new ImportFailed(UUID.randomUUID(), tenant.value(), now, id,
					"Every file of the import was rejected.", current.created(), current.updated(),
					current.skipped(), current.errors()));
		}
		else {
			imports.finish(tenant, id, ImportStatus.COMPLETED, now);
			events.publishEvent(new ImportCompleted(UUID.randomUUID(), tenant.value(), now, id, current.created(),
					current.updated(), current.skipped(), current.errors()));
		}
		ImportSummary closed = imports.find(tenant, id).orElseThrow();
		log.info("Import closed: tenant={} import={} status={} created={} updated={} skipped={} errors={}", tenant,
				id, closed.status(), closed.created(), closed.updated(), closed.skipped(), closed.errors());
		return closed;
	}

}
