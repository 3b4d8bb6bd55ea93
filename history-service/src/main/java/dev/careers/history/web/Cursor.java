package dev.careers.history.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.UUID;

/**
 * Where a newest-first list goes on: the creation time and id of the last row of the page before.
 * On the wire it is opaque (base64url), so clients pass it back as they got it.
 */
public record Cursor(Instant createdAt, UUID id) {

	public String encode() {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString((createdAt + "/" + id).getBytes(StandardCharsets.UTF_8));
	}

	/** @throws IllegalArgumentException when the text is not a cursor this service made */
	public static Cursor decode(String text) {
		try {
			String decoded = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
			int slash = decoded.indexOf('/');
			return new Cursor(Instant.parse(decoded.substring(0, slash)), UUID.fromString(decoded.substring(slash + 1)));
		}
		catch (IllegalArgumentException | DateTimeParseException | IndexOutOfBoundsException ex) {
			throw new IllegalArgumentException("Not a list cursor: " + text, ex);
		}
	}

}
