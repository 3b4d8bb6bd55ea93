package dev.careers.history.readmodel;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Java values in the forms the PostgreSQL driver binds directly. */
public final class SqlValues {

	private SqlValues() {
	}

	public static OffsetDateTime timestamp(Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

}
