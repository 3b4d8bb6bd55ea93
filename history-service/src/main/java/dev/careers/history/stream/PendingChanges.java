package dev.careers.history.stream;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Rows changed since the last flush, per tenant: a row changed a thousand times in between is
 * here once, and the flush reads its latest state.
 */
final class PendingChanges {

	private Map<String, Set<UUID>> tasks = new HashMap<>();

	private Map<String, Set<UUID>> imports = new HashMap<>();

	synchronized void add(String tenantId, Set<UUID> taskIds, Set<UUID> importIds) {
		if (taskIds != null) {
			tasks.computeIfAbsent(tenantId, tenant -> new LinkedHashSet<>()).addAll(taskIds);
		}
		if (importIds != null) {
			imports.computeIfAbsent(tenantId, tenant -> new LinkedHashSet<>()).addAll(importIds);
		}
	}

	synchronized Snapshot drain() {
		Snapshot snapshot = new Snapshot(tasks, imports);
		tasks = new HashMap<>();
		imports = new HashMap<>();
		return snapshot;
	}

	record Snapshot(Map<String, Set<UUID>> tasks, Map<String, Set<UUID>> imports) {
	}

}
