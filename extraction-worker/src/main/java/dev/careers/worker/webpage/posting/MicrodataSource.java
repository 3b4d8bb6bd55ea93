package dev.careers.worker.webpage.posting;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import dev.careers.events.JobPostingDetails;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * schema.org {@code JobPosting} in microdata ({@code itemscope itemtype=".../JobPosting"}), turned
 * into the same tree JSON-LD gives so one mapping serves both.
 */
final class MicrodataSource implements PostingSource {

	static final String PARSED_BY = "microdata";

	private static final int MAX_DEPTH = 8;

	private static final Set<String> URL_ELEMENTS = Set.of("a", "area", "link");

	private static final Set<String> SOURCE_ELEMENTS = Set.of("img", "audio", "video", "source", "iframe", "embed");

	@Override
	public Optional<JobPostingDetails> read(Document page, String url) {
		for (Element scope : page.select("[itemscope][itemtype]")) {
			if (scope.attr("itemtype").strip().toLowerCase(Locale.ROOT).endsWith("/jobposting")) {
				JobPostingDetails details = SchemaOrgPosting.toDetails(toTree(scope, 0), url, PARSED_BY);
				if (details.title() != null) {
					return Optional.of(details);
				}
			}
		}
		return Optional.empty();
	}

	private static ObjectNode toTree(Element scope, int depth) {
		ObjectNode node = JsonNodeFactory.instance.objectNode();
		node.put("@type", scope.attr("itemtype").strip());
		for (Element property : scope.select("[itemprop]")) {
			if (property == scope || nearestScope(property) != scope) {
				continue; // a property of a nested item
			}
			JsonNode value = property.hasAttr("itemscope") && depth < MAX_DEPTH ? toTree(property, depth + 1)
					: JsonNodeFactory.instance.stringNode(value(property));
			for (String name : property.attr("itemprop").strip().split("\\s+")) {
				add(node, name, value);
			}
		}
		return node;
	}

	private static Element nearestScope(Element property) {
		Element parent = property.parent();
		while (parent != null && !parent.hasAttr("itemscope")) {
			parent = parent.parent();
		}
		return parent;
	}

	private static String value(Element property) {
		String tag = property.normalName();
		if (property.hasAttr("content")) {
			return property.attr("content");
		}
		if (URL_ELEMENTS.contains(tag)) {
			return property.absUrl("href");
		}
		if (SOURCE_ELEMENTS.contains(tag)) {
			return property.absUrl("src");
		}
		if (tag.equals("time") && property.hasAttr("datetime")) {
			return property.attr("datetime");
		}
		if (tag.equals("data") || tag.equals("meter")) {
			return property.attr("value");
		}
		// keep the markup of long text so line structure survives into the description
		return property.attr("itemprop").contains("description") ? property.html() : property.text();
	}

	private static void add(ObjectNode node, String name, JsonNode value) {
		JsonNode existing = node.get(name);
		if (existing == null) {
			node.set(name, value);
		}
		else if (existing instanceof ArrayNode array) {
			array.add(value);
		}
		else {
			node.set(name, JsonNodeFactory.instance.arrayNode().add(existing).add(value));
		}
	}

}
