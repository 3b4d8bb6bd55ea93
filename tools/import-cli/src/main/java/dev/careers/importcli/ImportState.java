package dev.careers.importcli;

import java.util.Map;
import java.util.UUID;

/**
 * What a run remembers for the next run of the same folder.
 *
 * @param url the API the files went to: a state of another server is not this one's
 * @param importId the import the files went into, continued while it is still open
 * @param imported content hash to outcome of every file the API acknowledged
 */
record ImportState(String url, UUID importId, Map<String, String> imported) {

	ImportState {
		imported = Map.copyOf(imported);
	}

}
