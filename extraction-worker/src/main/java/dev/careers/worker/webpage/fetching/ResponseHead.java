package dev.careers.worker.webpage.fetching;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

import dev.careers.events.FailureCode;
import dev.careers.worker.ExtractionFailure;

/** Status line and headers of an HTTP/1.x response, read with caps so a hostile server cannot flood them. */
record ResponseHead(int status, Map<String, List<String>> headers) {

	private static final int MAX_LINE = 8 * 1024;

	private static final int MAX_HEADERS = 100;

	/** Reads the head of the final response, skipping interim 1xx responses. */
	static ResponseHead read(InputStream in) throws IOException {
		ResponseHead head = readOne(in);
		while (head.status() >= 100 && head.status() < 200) {
			head = readOne(in);
		}
		return head;
	}

	private static ResponseHead readOne(InputStream in) throws IOException {
		String statusLine = readLine(in);
		String[] parts = statusLine.split(" ", 3);
		if (parts.length < 2 || !parts[0].startsWith("HTTP/1.") || !parts[1].matches("[0-9]{3}")) {
			throw malformed("bad status line");
		}
		Map<String, List<String>> headers = new LinkedHashMap<>();
		for (String line = readLine(in); !line.isEmpty(); line = readLine(in)) {
			int colon = line.indexOf(':');
			if (colon <= 0 || headers.size() >= MAX_HEADERS) {
				throw malformed("bad or too many headers");
			}
			headers.computeIfAbsent(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), name -> new ArrayList<>())
				.add(line.substring(colon + 1).strip());
		}
		return new ResponseHead(Integer.parseInt(parts[1]), headers);
	}

	String header(String name) {
		List<String> values = headers.get(name);
		return values == null ? null : values.get(0);
	}

	boolean isRedirect() {
		return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
	}

	boolean isChunked() {
		String encoding = header("transfer-encoding");
		return encoding != null && encoding.toLowerCase(Locale.ROOT).contains("chunked");
	}

	OptionalLong contentLength() {
		String length = header("content-length");
		if (length == null) {
			return OptionalLong.empty();
		}
		try {
			return OptionalLong.of(Long.parseLong(length));
		}
		catch (NumberFormatException ex) {
			throw malformed("bad Content-Length");
		}
	}

	static String readLine(InputStream in) throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		for (int b = in.read(); b != '\n'; b = in.read()) {
			if (b < 0) {
				throw malformed("connection closed mid-response");
			}
			if (line.size() >= MAX_LINE) {
				throw malformed("header line too long");
			}
			line.write(b);
		}
		String text = line.toString(StandardCharsets.ISO_8859_1);
		return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
	}

	private static ExtractionFailure malformed(String detail) {
		return new ExtractionFailure(FailureCode.FETCH_FAILED, "malformed response: " + detail);
	}

}
