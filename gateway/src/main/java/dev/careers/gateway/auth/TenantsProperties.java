package dev.careers.gateway.auth;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The seed of the tenants table, {@code careers.tenants} ({@code CAREERS_TENANTS}) written as
 * {@code demo=dev-key,acme=acme-key}: each tenant not in the table yet is added at start with its
 * key. Tenant ids follow the services' tenant id syntax.
 */
@ConfigurationProperties("careers")
@Validated
record TenantsProperties(
		@DefaultValue("demo=dev-key")
		@NotBlank
		@Pattern(regexp = ENTRY + "(," + ENTRY + ")*", message = "must be tenant=key pairs separated by commas")
		String tenants) {

	private static final String ENTRY = "\\s*[A-Za-z0-9][A-Za-z0-9_.-]{0,63}=[^,=\\s]+\\s*";

	/** Each tenant id with its API key; refuses a key given to two tenants, as it could not name one. */
	Map<String, String> apiKeysByTenant() {
		Map<String, String> keys = new LinkedHashMap<>();
		for (String entry : tenants.split(",")) {
			String[] tenantAndKey = entry.trim().split("=", 2);
			if (keys.containsValue(tenantAndKey[1]) || keys.put(tenantAndKey[0], tenantAndKey[1]) != null) {
				throw new IllegalStateException("careers.tenants names a tenant or an API key twice");
			}
		}
		return Collections.unmodifiableMap(keys);
	}

}
