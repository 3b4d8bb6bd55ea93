package dev.careers.deploy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The first table under a heading of a Markdown document, one map (header → cell) per row. */
final class MarkdownTable {

	private MarkdownTable() {
	}

	static List<Map<String, String>> under(String markdown, String heading) {
		List<String> lines = markdown.lines().toList();
		int start = headingLine(lines, heading);
		int headerLine = start + 1;
		while (headerLine < lines.size() && !lines.get(headerLine).startsWith("|")) {
			if (lines.get(headerLine).startsWith("#")) {
				throw new IllegalStateException("no table under heading '" + heading + "'");
			}
			headerLine++;
		}
		List<String> headers = cells(lines.get(headerLine));
		List<Map<String, String>> rows = new ArrayList<>();
		for (int line = headerLine + 2; line < lines.size() && lines.get(line).startsWith("|"); line++) {
			List<String> cells = cells(lines.get(line));
			Map<String, String> row = new LinkedHashMap<>();
			for (int column = 0; column < headers.size(); column++) {
				row.put(headers.get(column), column < cells.size() ? cells.get(column) : "");
			}
			rows.add(row);
		}
		return rows;
	}

	/** The text inside the first pair of backticks of a cell, or the cell itself. */
	static String code(String cell) {
		int open = cell.indexOf('`');
		int close = cell.indexOf('`', open + 1);
		return (open >= 0 && close > open) ? cell.substring(open + 1, close) : cell.trim();
	}

	private static int headingLine(List<String> lines, String heading) {
		for (int line = 0; line < lines.size(); line++) {
			String text = lines.get(line);
			if (text.startsWith("#") && text.replaceFirst("^#+\\s*", "").equals(heading)) {
				return line;
			}
		}
		throw new IllegalStateException("no heading '" + heading + "'");
	}

	private static List<String> cells(String row) {
		String inner = row.trim().replaceAll("^\\|", "").replaceAll("\\|$", "");
		return List.of(inner.split("\\|", -1)).stream().map(String::trim).toList();
	}

}
