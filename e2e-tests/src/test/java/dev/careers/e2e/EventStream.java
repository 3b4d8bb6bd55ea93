package dev.careers.e2e;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Flow;

/**
 * A server-sent event stream being read, as a browser's EventSource would: every line is recorded
 * as it arrives, until {@link #close()}.
 */
final class EventStream implements AutoCloseable {

	private final List<String> lines = new CopyOnWriteArrayList<>();

	private final CompletableFuture<Integer> status = new CompletableFuture<>();

	private volatile Flow.Subscription subscription;

	private EventStream() {
	}

	static EventStream open(HttpClient http, HttpRequest request) {
		EventStream stream = new EventStream();
		// the handler runs once the headers are in, so the status is known while the body still flows
		http.sendAsync(request, response -> {
			stream.status.complete(response.statusCode());
			return HttpResponse.BodySubscribers.fromLineSubscriber(stream.new LineRecorder());
		}).whenComplete((response, failure) -> {
			if (failure != null) {
				stream.status.completeExceptionally(failure);
			}
		});
		return stream;
	}

	/** The response status, once the headers have arrived. */
	CompletableFuture<Integer> status() {
		return status;
	}

	List<String> lines() {
		return List.copyOf(lines);
	}

	/** The ids of the events received so far ({@code id:} lines), oldest first. */
	List<String> eventIds() {
		return lines.stream().filter(line -> line.startsWith("id:")).map(line -> line.substring(3).strip()).toList();
	}

	/** The names of the events received so far ({@code event:} lines), oldest first. */
	List<String> eventNames() {
		return lines.stream().filter(line -> line.startsWith("event:")).map(line -> line.substring(6).strip()).toList();
	}

	String text() {
		return String.join("\n", lines);
	}

	@Override
	public void close() {
		Flow.Subscription current = subscription;
		if (current != null) {
			current.cancel();
		}
	}

	private final class LineRecorder implements Flow.Subscriber<String> {

		@Override
		public void onSubscribe(Flow.Subscription subscription) {
			EventStream.this.subscription = subscription;
			subscription.request(Long.MAX_VALUE);
		}

		@Override
		public void onNext(String line) {
			lines.add(line);
		}

		@Override
		public void onError(Throwable failure) {
			// the server or close() ended the stream: the lines read so far stay
		}

		@Override
		public void onComplete() {
		}

	}

}
