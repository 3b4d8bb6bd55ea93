package dev.careers.history;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * A server-sent-events client, as a browser's EventSource: it records every event and comment, and
 * keeps the last event id as a browser does (an id without data sets it and dispatches nothing).
 */
final class SseTestClient implements AutoCloseable {

	private final List<Event> events = new CopyOnWriteArrayList<>();

	private final List<String> comments = new CopyOnWriteArrayList<>();

	private volatile String lastEventId;

	private final AtomicReference<Stream<String>> body = new AtomicReference<>();

	private final List<String> pendingLines = new ArrayList<>();

	private SseTestClient() {
	}

	static SseTestClient open(int port, String tenant, String lastEventId) {
		SseTestClient client = new SseTestClient();
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/history/stream"))
			.header("Accept", "text/event-stream")
			.header("X-Tenant-Id", tenant);
		if (lastEventId != null) {
			request.header("Last-Event-ID", lastEventId);
		}
		HttpClient.newHttpClient()
			.sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines())
			.thenAccept(response -> {
				client.body.set(response.body());
				response.body().forEach(client::onLine);
			});
		return client;
	}

	private void onLine(String line) {
		if (line.startsWith(":")) {
			comments.add(line.substring(1).strip());
		}
		else if (line.isEmpty()) {
			if (!pendingLines.isEmpty()) {
				Event event = Event.of(pendingLines);
				pendingLines.clear();
				if (event.id() != null) {
					lastEventId = event.id();
				}
				if (!event.data().isEmpty()) {
					events.add(event);
				}
			}
		}
		else {
			pendingLines.add(line);
		}
	}

	List<Event> events() {
		return List.copyOf(events);
	}

	/** What a browser would send as {@code Last-Event-ID} on reconnecting. */
	String lastEventId() {
		return lastEventId;
	}

	List<String> comments() {
		return List.copyOf(comments);
	}

	boolean connected() {
		return comments.contains("connected");
	}

	/** The events that carry this id (a task's or an import's) in their data. */
	List<Event> about(Object id) {
		return events.stream().filter(event -> event.data().contains(id.toString())).toList();
	}

	@Override
	public void close() {
		Stream<String> lines = body.get();
		if (lines != null) {
			lines.close();
		}
	}

	record Event(String id, String name, String data) {

		static Event of(List<String> lines) {
			String id = null;
			String name = "message";
			StringBuilder data = new StringBuilder();
			for (String line : lines) {
				int colon = line.indexOf(':');
				String field = line.substring(0, colon);
				String value = line.substring(colon + 1).stripLeading();
				switch (field) {
					case "id" -> id = value;
					case "event" -> name = value;
					case "data" -> data.append(value);
					default -> {
					}
				}
			}
			return new Event(id, name, data.toString());
		}

	}

}
