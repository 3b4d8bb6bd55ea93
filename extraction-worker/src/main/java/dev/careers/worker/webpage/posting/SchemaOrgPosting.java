package dev.careers.worker.webpage.posting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.careers.events.JobPostingDetails;
import tools.jackson.databind.JsonNode;

/**
 * Maps a schema.org {@code JobPosting} (from JSON-LD, or microdata turned into the same tree) to
 * raw posting fields, tolerating the shapes real pages use: a value or a list, text or an object.
 */
final class SchemaOrgPosting {

	private static final Map<String, String> SALARY_UNITS = Map.of("HOUR", "per hour", "DAY", "per day", "WEEK",
			"per week", "MONTH", "per month", "YEAR", "per year");

	private static final int MAX_DEPTH = 32;

	private SchemaOrgPosting() {
	}

	/** Every JobPosting anywhere in the tree: at the root, in arrays, in {@code @graph}, nested in other things. */
	static List<JsonNode> findPostings(JsonNode root) {
		List<JsonNode> found = new ArrayList<>();
		collect(root, found, 0);
		return found;
	}

	private static void collect(JsonNode node, List<JsonNode> found, int depth) {
		if (node == null || depth > MAX_DEPTH) {
			return;
		}
		if (node.isObject() && isJobPosting(node.get("@type"))) {
			found.add(node);
			return;
		}
		if (node.isObject() || node.isArray()) {
			for (JsonNode child : node.values()) {
				collect(child, found, depth + 1);
			}
		}
	}

	private static boolean isJobPosting(JsonNode type) {
		if (type == null) {
			return false;
		}
		for (JsonNode value : type.isArray() ? type.values() : List.of(type)) {
			String name = value.asString("");
			String local = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf(':')) + 1);
			if (local.equalsIgnoreCase("JobPosting")) {
				return true;
			}
		}
		return false;
	}

	static JobPostingDetails toDetails(JsonNode posting, String sourceUrl, String parsedBy) {
		String title = text(posting.get("title"));
		if (title == null) {
			title = text(posting.get("name"));
		}
		List<String> locations = locations(posting);
		Boolean remote = isTelecommute(posting) ? Boolean.TRUE : PostingValues.remoteFromLocations(locations);
		JsonNode salary = posting.has("baseSalary") ? posting.get("baseSalary") : posting.get("estimatedSalary");
		return new JobPostingDetails(title, text(posting.get("hiringOrganization")), locations,
				String.join(", ", texts(posting.get("employmentType"))), remote, salary(salary),
				text(posting.get("datePosted")), text(posting.get("validThrough")),
				CleanText.ofMarkupOrText(text(posting.get("description"))), sourceUrl, parsedBy);
	}

	private static boolean isTelecommute(JsonNode posting) {
		return texts(posting.get("jobLocationType")).stream()
			.anyMatch(type -> type.toUpperCase(Locale.ROOT).contains("TELECOMMUTE"));
	}

	private static List<String> locations(JsonNode posting) {
		Set<String> locations = new LinkedHashSet<>();
		for (JsonNode place : list(posting.get("jobLocation"))) {
			String location = place.isObject() ? placeText(place) : text(place);
			if (location != null) {
				locations.add(location);
			}
		}
		if (locations.isEmpty()) {
			for (JsonNode area : list(posting.get("applicantLocationRequirements"))) {
				String name = text(area);
				if (name != null) {
					locations.add(name);
				}
			}
		}
		return List.copyOf(locations);
	}

	private static String placeText(JsonNode place) {
		JsonNode address = place.get("address");
		if (address != null && address.isObject()) {
			String joined = Stream
				.of("addressLocality", "addressRegion", "addressCountry")
				.map(field -> text(address.get(field)))
				.filter(Objects::nonNull)
				.distinct()
				.collect(Collectors.joining(", "));
			if (!joined.isEmpty()) {
				return joined;
			}
		}
		return address != null && address.isString() ? text(address) : text(place.get("name"));
	}

	private static String salary(JsonNode salary) {
		if (salary == null || salary.isNull()) {
			return null;
		}
		if (!salary.isObject()) {
			return text(salary);
		}
		String currency = text(salary.get("currency"));
		JsonNode value = salary.get("value");
		String unit = text(salary.get("unitText"));
		String amount;
		if (value != null && value.isObject()) {
			unit = unit != null ? unit : text(value.get("unitText"));
			String min = amount(value.get("minValue"));
			String max = amount(value.get("maxValue"));
			String single = amount(value.get("value"));
			amount = min != null && max != null ? min + "–" + max : single != null ? single : min != null ? min : max;
		}
		else {
			amount = amount(value);
		}
		if (amount == null) {
			return null;
		}
		StringBuilder text = new StringBuilder();
		if (currency != null) {
			text.append(currency).append(' ');
		}
		text.append(amount);
		if (unit != null) {
			String per = SALARY_UNITS.getOrDefault(unit.toUpperCase(Locale.ROOT), "per " + unit.toLowerCase(Locale.ROOT));
			text.append(' ').append(per);
		}
		return text.toString();
	}

	private static String amount(JsonNode node) {
		String raw = text(node);
		if (raw == null) {
			return null;
		}
		try {
			BigDecimal number = new BigDecimal(raw.replace(",", ""));
			return number.stripTrailingZeros().scale() <= 0 ? String.format(Locale.ROOT, "%,d", number.longValue())
					: number.toPlainString();
		}
		catch (NumberFormatException ex) {
			return raw;
		}
	}

	/** A text value: the string or number itself, an object's name or {@code @value}, a list's first. */
	static String text(JsonNode node) {
		if (node == null || node.isNull()) {
			return null;
		}
		if (node.isArray()) {
			for (JsonNode element : node.values()) {
				String text = text(element);
				if (text != null) {
					return text;
				}
			}
			return null;
		}
		if (node.isObject()) {
			String name = text(node.get("name"));
			return name != null ? name : text(node.get("@value"));
		}
		String value = node.asString("").strip();
		return value.isEmpty() ? null : value;
	}

	private static List<String> texts(JsonNode node) {
		List<String> texts = new ArrayList<>();
		for (JsonNode element : list(node)) {
			String text = text(element);
			if (text != null) {
				for (String part : text.split(",")) {
					texts.add(part.strip());
				}
			}
		}
		return texts;
	}

	private static List<JsonNode> list(JsonNode node) {
		if (node == null || node.isNull()) {
			return List.of();
		}
		return node.isArray() ? new ArrayList<>(node.values()) : List.of(node);
	}

}
