package dev.careers.deploy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * A value in a parsed YAML (or JSON) tree, navigated by key. A missing key gives a missing node
 * rather than a NullPointerException, so a check can say which path was absent.
 */
record Node(Object value, String path) {

	Node get(String key) {
		Object child = (value instanceof Map<?, ?> map) ? map.get(key) : null;
		return new Node(child, path + "." + key);
	}

	Node at(String... keys) {
		Node node = this;
		for (String key : keys) {
			node = node.get(key);
		}
		return node;
	}

	boolean isMissing() {
		return value == null;
	}

	String text() {
		return String.valueOf(required());
	}

	int integer() {
		Object required = required();
		return (required instanceof Number number) ? number.intValue() : Integer.parseInt(required.toString());
	}

	List<Node> items() {
		if (value == null) {
			return List.of();
		}
		if (!(value instanceof List<?> list)) {
			throw new IllegalStateException(path + " is not a list: " + value);
		}
		return IntStream.range(0, list.size())
			.mapToObj(index -> new Node(list.get(index), path + "[" + index + "]"))
			.toList();
	}

	Map<String, Node> fields() {
		if (value == null) {
			return Map.of();
		}
		if (!(value instanceof Map<?, ?> map)) {
			throw new IllegalStateException(path + " is not a mapping: " + value);
		}
		Map<String, Node> fields = new LinkedHashMap<>();
		map.forEach((key, child) -> fields.put(String.valueOf(key), new Node(child, path + "." + key)));
		return fields;
	}

	private Object required() {
		if (value == null) {
			throw new IllegalStateException(path + " is missing");
		}
		return value;
	}

}
