package dev.careers.importer.imports;

import dev.careers.events.ImportType;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/** {@code careers.records.imported{type,outcome}}: one count per file or URL, once it committed. */
@Component
class RecordsImportedMetric {

	private final MeterRegistry meters;

	RecordsImportedMetric(MeterRegistry meters) {
		this.meters = meters;
	}

	void count(ImportType type, RecordOutcome outcome) {
		meters.counter("careers.records.imported", "type", type.name(), "outcome", outcome.name()).increment();
	}

}
