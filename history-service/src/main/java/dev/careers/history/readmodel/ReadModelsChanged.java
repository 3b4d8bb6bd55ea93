package dev.careers.history.readmodel;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Which rows a committed batch of events changed, per tenant: published inside the projection's
 * transaction and delivered to listeners after it commits.
 */
public record ReadModelsChanged(Map<String, Set<UUID>> tasksByTenant, Map<String, Set<UUID>> importsByTenant) {

	/** The tenants with a changed task or import. */
	public Set<String> tenants() {
		Set<String> tenants = new LinkedHashSet<>(tasksByTenant.keySet());
		tenants.addAll(importsByTenant.keySet());
		return tenants;
	}

	public boolean isEmpty() {
		return tasksByTenant.isEmpty() && importsByTenant.isEmpty();
	}

	static Builder builder() {
		return new Builder();
	}

	static final class Builder {

		private final Map<String, Set<UUID>> tasks = new HashMap<>();

		private final Map<String, Set<UUID>> imports = new HashMap<>();

		void task(String tenantId, UUID taskId) {
			tasks.computeIfAbsent(tenantId, tenant -> new LinkedHashSet<>()).add(taskId);
		}

		void importRow(String tenantId, UUID importId) {
			imports.computeIfAbsent(tenantId, tenant -> new LinkedHashSet<>()).add(importId);
		}

		ReadModelsChanged build() {
			return new ReadModelsChanged(Map.copyOf(tasks), Map.copyOf(imports));
		}

	}

}
