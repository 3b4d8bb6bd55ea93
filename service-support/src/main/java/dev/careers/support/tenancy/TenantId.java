package dev.careers.support.tenancy;

import java.util.regex.Pattern;

/**
 * The tenant a request acts for, as the gateway forwarded it in {@value #HEADER}. A controller
 * method that takes one refuses requests without it.
 */
public record TenantId(String value) {

	public static final String HEADER = "X-Tenant-Id";

	private static final Pattern VALID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");

	public TenantId {
		if (value == null || !VALID.matcher(value).matches()) {
			throw new IllegalArgumentException("Not a tenant id");
		}
	}

	@Override
	public String toString() {
		return value;
	}

}
