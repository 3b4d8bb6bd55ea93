package dev.careers.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpExchange;

class EventStreamIT extends AbstractGatewayIT {

	@Test
	void eachServerSentEventPassesThroughBeforeTheNextIsWritten() throws Exception {
		CountDownLatch firstEventSeenByClient = new CountDownLatch(1);
		HISTORY_SERVICE.serve("/api/history/stream", exchange -> streamTwoEvents(exchange, firstEventSeenByClient));
		BlockingQueue<String> lines = new LinkedBlockingQueue<>();

		HttpResponse<Stream<String>> response = client.send(
				request("/api/history/stream").header("X-Api-Key", DEMO_KEY).header("Accept", "text/event-stream").build(),
				HttpResponse.BodyHandlers.ofLines());
		Thread reader = new Thread(() -> response.body().filter(line -> !line.isEmpty()).forEach(lines::add));
		reader.start();

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("text/event-stream"));
		// the upstream holds the second event back until the client has the first: a buffering
		// proxy would deliver nothing here
		assertThat(lines.poll(10, TimeUnit.SECONDS)).isEqualTo("event: task");
		assertThat(lines.poll(10, TimeUnit.SECONDS)).isEqualTo("data: {\"id\":1}");
		firstEventSeenByClient.countDown();
		assertThat(lines.poll(10, TimeUnit.SECONDS)).isEqualTo("event: task");
		assertThat(lines.poll(10, TimeUnit.SECONDS)).isEqualTo("data: {\"id\":2}");
		reader.join(TimeUnit.SECONDS.toMillis(10));
		assertThat(HISTORY_SERVICE.received()).singleElement()
			.satisfies(received -> assertThat(received.header("X-Tenant-Id")).containsExactly("demo"));
	}

	private static void streamTwoEvents(HttpExchange exchange, CountDownLatch firstEventSeenByClient)
			throws IOException {
		exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
		exchange.sendResponseHeaders(200, 0);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write("event: task\ndata: {\"id\":1}\n\n".getBytes(StandardCharsets.UTF_8));
			out.flush();
			if (!firstEventSeenByClient.await(20, TimeUnit.SECONDS)) {
				return;
			}
			out.write("event: task\ndata: {\"id\":2}\n\n".getBytes(StandardCharsets.UTF_8));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
