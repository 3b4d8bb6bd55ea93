package dev.careers.importer.imports;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Closes imports nobody closed: a browser tab shut mid-import must not leave a row IN_PROGRESS
 * forever. Safe with several instances: closing locks the row and re-checks its status.
 */
@Component
class IdleImportCompletion {

	private static final Logger log = LoggerFactory.getLogger(IdleImportCompletion.class);

	private static final int BATCH = 100;

	private final Imports imports;

	private final ImportLifecycle lifecycle;

	private final ImportsProperties properties;

	private final Clock clock;

	IdleImportCompletion(Imports imports, ImportLifecycle lifecycle, ImportsProperties properties, Clock clock) {
		this.imports = imports;
		this.lifecycle = lifecycle;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${careers.imports.idle-check-interval:1m}")
	void closeIdleImports() {
		for (Imports.IdleImport idle : imports.idleSince(clock.instant().minus(properties.idleCompletionAfter()),
				BATCH)) {
			log.info("Import idle for {}, closing it: tenant={} import={}", properties.idleCompletionAfter(),
					idle.tenant(), idle.id());
			lifecycle.closeIfIdle(idle.tenant(), idle.id(), properties.idleCompletionAfter());
		}
	}

}
