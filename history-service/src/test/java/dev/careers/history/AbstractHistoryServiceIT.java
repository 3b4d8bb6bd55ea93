package dev.careers.history;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.careers.events.CareersEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.web.client.RestClient;

import static org.awaitility.Awaitility.await;

/**
 * The service running on a real broker and database (the subclass says which), with a publisher
 * of events, an API client and a way to wait until events are projected. Each test class gets its
 * own running service, stopped after it, so two never compete for the consumer group.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "careers.history.consumer.retry-interval=50ms", "careers.history.stream.coalesce-interval=200ms",
				"careers.history.stream.heartbeat-interval=1s" })
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
public abstract class AbstractHistoryServiceIT {

	protected static final Duration PROJECTED_WITHIN = Duration.ofSeconds(30);

	protected final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	protected int port;

	@Value("${spring.kafka.bootstrap-servers}")
	protected String bootstrapServers;

	@Autowired
	protected JdbcClient jdbc;

	protected EventPublisher publisher;

	protected RestClient http;

	@BeforeEach
	void connect() {
		publisher = new EventPublisher(bootstrapServers);
		http = RestClient.create("http://localhost:" + port);
	}

	@AfterEach
	void disconnect() {
		publisher.close();
	}

	protected static String newTenant(String purpose) {
		return purpose + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	/** Publishes these events in this order and waits until every one of them is projected. */
	protected void publishAndAwait(List<? extends CareersEvent> events) {
		publisher.publish(events);
		awaitProjected(events);
	}

	protected void publishAndAwait(CareersEvent... events) {
		publishAndAwait(List.of(events));
	}

	protected void awaitProjected(Collection<? extends CareersEvent> events) {
		Object[] eventIds = events.stream().map(CareersEvent::eventId).distinct().toArray();
		await().atMost(PROJECTED_WITHIN)
			.until(() -> jdbc.sql("select count(*) from processed_events where event_id = any(:ids)")
				.param("ids", new SqlArrayValue("uuid", eventIds))
				.query(Long.class)
				.single() == eventIds.length);
	}

	/** GET as the gateway would forward it for {@code tenant}; a null tenant sends no tenant header. */
	protected ResponseEntity<String> get(String tenant, String path) {
		return http.get()
			.uri(path)
			.headers(headers -> {
				if (tenant != null) {
					headers.set("X-Tenant-Id", tenant);
				}
			})
			.retrieve()
			.onStatus(status -> true, (request, response) -> {
			})
			.toEntity(String.class);
	}

	protected <T> T getJson(String tenant, String path, TypeReference<T> type) {
		ResponseEntity<String> response = get(tenant, path);
		if (!response.getStatusCode().is2xxSuccessful()) {
			throw new AssertionError("GET " + path + " answered " + response.getStatusCode() + ": " + response.getBody());
		}
		return json.readValue(response.getBody(), type);
	}

	/** Every column of a tenant's read-model rows but the tenant and the time of the last write. */
	protected List<Map<String, Object>> readModelRows(String tenant) {
		List<Map<String, Object>> rows = new ArrayList<>();
		rows.addAll(jdbc.sql("select * from imports where tenant_id = :tenant order by id")
			.param("tenant", tenant)
			.query()
			.listOfRows());
		rows.addAll(jdbc.sql("select * from tasks where tenant_id = :tenant order by id")
			.param("tenant", tenant)
			.query()
			.listOfRows());
		rows.addAll(jdbc.sql("select * from possible_duplicates where tenant_id = :tenant order by duplicate_id")
			.param("tenant", tenant)
			.query()
			.listOfRows());
		rows.addAll(jdbc.sql("select * from applicant_merges where tenant_id = :tenant order by merged_applicant_id")
			.param("tenant", tenant)
			.query()
			.listOfRows());
		rows.forEach(row -> {
			row.remove("tenant_id");
			row.remove("updated_at");
		});
		return rows;
	}

}
