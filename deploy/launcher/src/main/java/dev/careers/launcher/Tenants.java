package dev.careers.launcher;

import java.util.ArrayList;
import java.util.List;

/**
 * The tenants the gateway accepts, in the gateway's own setting format
 * ({@code demo=dev-key,acme=acme-key}); the first is the one the launcher announces.
 */
record Tenants(List<Tenant> all) {

	static final String DEV = "demo=dev-key";

	record Tenant(String id, String apiKey) {
	}

	Tenants {
		if (all.isEmpty()) {
			throw new IllegalArgumentException("at least one tenant is needed");
		}
		all = List.copyOf(all);
	}

	static Tenants parse(String setting) {
		List<Tenant> tenants = new ArrayList<>();
		for (String pair : setting.split(",")) {
			String[] parts = pair.trim().split("=", 2);
			if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
				throw new IllegalArgumentException("tenants must look like 'demo=dev-key,acme=acme-key', got: " + setting);
			}
			tenants.add(new Tenant(parts[0].trim(), parts[1].trim()));
		}
		return new Tenants(tenants);
	}

	Tenant first() {
		return all.get(0);
	}

	String setting() {
		return String.join(",", all.stream().map(tenant -> tenant.id() + "=" + tenant.apiKey()).toList());
	}

}
