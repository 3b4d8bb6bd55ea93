package dev.careers.history.web;

import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One page of a list: its items, how many the whole list holds ({@code total}, not counted on a
 * page asked for by cursor), and the cursor of the next page ({@code next}, absent on the last).
 */
public record PageOf<T>(List<T> items, @JsonInclude(JsonInclude.Include.NON_NULL) Long total,
		@JsonInclude(JsonInclude.Include.NON_NULL) String next) {

	/**
	 * The page from the rows a query fetched with {@link PageRequest#limit()}; {@code count} runs
	 * only when the total cannot be told from the page itself.
	 */
	public static <T> PageOf<T> of(List<T> fetched, PageRequest page, Function<T, Cursor> cursorOf, LongSupplier count) {
		boolean more = fetched.size() > page.size();
		List<T> items = more ? fetched.subList(0, page.size()) : fetched;
		String next = more ? cursorOf.apply(items.get(items.size() - 1)).encode() : null;
		Long total;
		if (page.after() != null) {
			total = null;
		}
		else if (!more && (page.page() == 0 || !items.isEmpty())) {
			// the last page: everything before it was full
			total = page.offset() + items.size();
		}
		else {
			total = count.getAsLong();
		}
		return new PageOf<>(List.copyOf(items), total, next);
	}

}
