package dev.careers.importer.imports;

/** How many records of each outcome one transaction adds to its import. */
record OutcomeCounts(int created, int updated, int skipped, int errors) {

	static final OutcomeCounts NONE = new OutcomeCounts(0, 0, 0, 0);

	OutcomeCounts plus(RecordOutcome outcome) {
		return switch (outcome) {
			case CREATED -> new OutcomeCounts(created + 1, updated, skipped, errors);
			case UPDATED -> new OutcomeCounts(created, updated + 1, skipped, errors);
			case SKIPPED -> new OutcomeCounts(created, updated, skipped + 1, errors);
			case ERROR -> new OutcomeCounts(created, updated, skipped, errors + 1);
		};
	}

}
