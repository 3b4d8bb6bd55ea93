package dev.careers.support.documents;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

import dev.careers.support.tenancy.TenantId;

/**
 * Where a document's bytes live: its tenant and the SHA-256 of its content. The same bytes of one
 * tenant share one object; no key names a URL, so a store can move without a row changing.
 *
 * @param sha256 64 lower-case hex digits
 */
public record DocumentKey(TenantId tenant, String sha256) {

	private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

	public DocumentKey {
		if (tenant == null || sha256 == null || !SHA256.matcher(sha256).matches()) {
			throw new IllegalArgumentException("Not a document key");
		}
	}

	/** The key of {@code content}, hashed here (for small contents; uploads are hashed as they stream). */
	public static DocumentKey of(TenantId tenant, byte[] content) {
		try {
			return new DocumentKey(tenant, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java platform provides SHA-256", ex);
		}
	}

	/** The key as {@link #value()} wrote it ({@code tenant/sha256}), as events and rows carry it. */
	public static DocumentKey parse(String value) {
		int slash = value == null ? -1 : value.indexOf('/');
		if (slash < 0) {
			throw new IllegalArgumentException("Not a document key");
		}
		return new DocumentKey(new TenantId(value.substring(0, slash)), value.substring(slash + 1));
	}

	public String value() {
		return tenant.value() + "/" + sha256;
	}

	@Override
	public String toString() {
		return value();
	}

}
