package dev.careers.history.web;

/**
 * The tenant a request is for, as the gateway forwarded it in {@value #HEADER}. Declare it as a
 * controller parameter: a request without it never reaches the controller (401).
 */
public record TenantId(String value) {

	public static final String HEADER = "X-Tenant-Id";

}
