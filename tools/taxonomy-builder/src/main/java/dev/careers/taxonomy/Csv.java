package dev.careers.taxonomy;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** RFC 4180 reading (quoted fields may hold commas, quotes and line breaks), as ESCO's files need. */
final class Csv {

	private Csv() {
	}

	/** Rows as maps from header name to value. */
	static List<Map<String, String>> read(Path file) throws IOException {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			List<List<String>> records = parse(reader);
			List<String> header = records.get(0);
			List<Map<String, String>> rows = new ArrayList<>(records.size());
			for (List<String> record : records.subList(1, records.size())) {
				Map<String, String> row = new HashMap<>();
				for (int i = 0; i < header.size() && i < record.size(); i++) {
					row.put(header.get(i), record.get(i));
				}
				rows.add(row);
			}
			return rows;
		}
	}

	static List<List<String>> parse(Reader reader) throws IOException {
		List<List<String>> records = new ArrayList<>();
		List<String> record = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		boolean fieldStarted = false;
		int c;
		while ((c = reader.read()) != -1) {
			if (quoted) {
				if (c == '"') {
					reader.mark(1);
					int next = reader.read();
					if (next == '"') {
						field.append('"');
					}
					else {
						quoted = false;
						if (next != -1) {
							reader.reset();
						}
					}
				}
				else {
					field.append((char) c);
				}
			}
			else if (c == '"' && field.length() == 0) {
				quoted = true;
				fieldStarted = true;
			}
			else if (c == ',') {
				record.add(field.toString());
				field.setLength(0);
				fieldStarted = false;
			}
			else if (c == '\n') {
				record.add(field.toString());
				records.add(record);
				record = new ArrayList<>();
				field.setLength(0);
				fieldStarted = false;
			}
			else if (c != '\r') {
				field.append((char) c);
				fieldStarted = true;
			}
		}
		if (fieldStarted || field.length() > 0 || !record.isEmpty()) {
			record.add(field.toString());
			records.add(record);
		}
		return records;
	}

}
