package dev.careers.history.web;

import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/**
 * Which page of a newest-first list to answer: {@code size} rows after {@code after} (keyset: the
 * cost does not grow with the depth), or, without a cursor, page {@code page} from 0 (offset).
 * Controllers bind and validate the parameters (size up to {@value #MAX_SIZE}, default
 * {@value #DEFAULT_SIZE}).
 */
public record PageRequest(int page, int size, Cursor after) {

	public static final int DEFAULT_SIZE = 50;

	public static final int MAX_SIZE = 500;

	public PageRequest(int page, int size) {
		this(page, size, null);
	}

	public long offset() {
		return after == null ? (long) page * size : 0;
	}

	/** One row more than the page, to tell whether another page follows. */
	public int limit() {
		return size + 1;
	}

	/**
	 * The end of the list query, after its filter: the keyset condition when there is a cursor,
	 * the newest-first order and the limit and offset.
	 */
	public String orderAndLimit() {
		String keyset = after == null ? "" : " and (created_at, id) < (:afterCreatedAt, :afterId)";
		return keyset + " order by created_at desc, id desc limit :limit offset :offset";
	}

	/** The values of the named parameters of {@link #orderAndLimit()}. */
	public Map<String, Object> parameters() {
		Map<String, Object> parameters = new HashMap<>(Map.of("limit", limit(), "offset", offset()));
		if (after != null) {
			parameters.put("afterCreatedAt", after.createdAt().atOffset(ZoneOffset.UTC));
			parameters.put("afterId", after.id());
		}
		return parameters;
	}

}
