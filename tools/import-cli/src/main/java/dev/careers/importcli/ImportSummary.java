package dev.careers.importcli;

import java.util.UUID;

/** The API's import summary, the fields this client reads. */
record ImportSummary(UUID id, String type, String label, String status, int created, int updated, int skipped,
		int errors) {

	boolean open() {
		return "IN_PROGRESS".equals(status);
	}

}
