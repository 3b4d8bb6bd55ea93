package dev.careers.worker.webpage.posting;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jsoup.parser.Parser;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the JSON that real pages embed, which is often not quite JSON: trailing commas, raw line
 * breaks inside strings, single quotes, comments, HTML comments or CDATA around it, entity-escaped
 * quotes, several objects in one script. Whatever cannot be repaired yields what was read before it.
 */
final class LenientJson {

	private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
		.enable(JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
				JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_UNQUOTED_PROPERTY_NAMES,
				JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER,
				JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS, JsonReadFeature.ALLOW_LEADING_ZEROS_FOR_NUMBERS)
		// hostile pages: bounded nesting and sizes
		.streamReadConstraints(StreamReadConstraints.builder()
			.maxNestingDepth(64)
			.maxStringLength(2_000_000)
			.maxDocumentLength(10_000_000L)
			.build())
		.build()).build();

	private static final Pattern WRAPPERS = Pattern
		.compile("^\\s*(<!--|(//\\s*)?<!\\[CDATA\\[)|(-->|(//\\s*)?]]>)\\s*$|;\\s*$");

	private LenientJson() {
	}

	/** Every top-level value that could be read from {@code text}, in order. */
	static List<JsonNode> readAll(String text) {
		String stripped = WRAPPERS.matcher(text.strip()).replaceAll("").strip();
		List<JsonNode> values = read(stripped);
		if (values.isEmpty() && (stripped.contains("&quot;") || stripped.contains("&#34;"))) {
			values = read(Parser.unescapeEntities(stripped, false));
		}
		return values;
	}

	/** The first value of {@code text}, ignoring whatever follows it (as after {@code window.x = {...};}). */
	static JsonNode readFirst(String text) {
		List<JsonNode> values = readValues(text).values();
		return values.isEmpty() ? null : values.get(0);
	}

	private static List<JsonNode> read(String text) {
		Values values = readValues(text);
		// objects separated by commas at the top level read as one array; Jackson alone stops after the first
		Values wrapped = readValues("[" + text + "]");
		return wrapped.complete() && wrapped.values().size() > values.values().size() ? wrapped.values()
				: values.values();
	}

	/** The root values; a root array counts as its elements, as Jackson's value iterator reads it. */
	private static Values readValues(String text) {
		List<JsonNode> values = new ArrayList<>();
		try (MappingIterator<JsonNode> iterator = MAPPER.readerFor(JsonNode.class).readValues(text)) {
			while (iterator.hasNextValue()) {
				values.add(iterator.nextValue());
			}
			return new Values(values, true);
		}
		catch (JacksonException ex) {
			return new Values(values, false); // keep what was read before the damage
		}
	}

	private record Values(List<JsonNode> values, boolean complete) {
	}

}
