package dev.careers.history;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import dev.careers.events.CareersEvent;
import dev.careers.events.ImportType;
import dev.careers.history.readmodel.AdvisoryLocks;
import dev.careers.testsupport.TestInfrastructure;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two replicas of the service (two application contexts in one JVM) on one database and broker,
 * sharing the consumer group: what one projects, a stream on the other carries; an event id of one
 * resumes on the other; one stopped mid-import, the other takes its partitions over; a rebuild on
 * one keeps the other from projecting into the tables it refills.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AbstractReplicasIT {

	private static final Duration WITHIN = Duration.ofSeconds(60);

	private Replica one;

	private Replica two;

	private EventPublisher publisher;

	private JdbcClient jdbc;

	protected abstract TestInfrastructure infrastructure();

	@BeforeAll
	void startReplicas() {
		one = Replica.start(infrastructure());
		two = Replica.start(infrastructure());
		awaitPartitionsSpreadOverBoth();
		TestInfrastructure infrastructure = infrastructure();
		// the test's own connections: a replica's pool closes with it
		jdbc = JdbcClient.create(new DriverManagerDataSource(
				TestInfrastructure.withSchema(infrastructure.jdbcUrl(), "history"), infrastructure.username(),
				infrastructure.password()));
		publisher = new EventPublisher(infrastructure().kafkaBootstrapServers());
	}

	@AfterAll
	void stopReplicas() {
		publisher.close();
		one.close();
		two.close();
	}

	@Test
	void aChangeProjectedByOneReplicaReachesAStreamOnTheOther() {
		String tenant = "replicas-" + UUID.randomUUID().toString().substring(0, 8);
		TestEvents events = new TestEvents(tenant);
		long projectedByOne = one.projected();
		long projectedByTwo = two.projected();
		// a task per partition and more: each replica projects some of them
		List<UUID> taskIds = new ArrayList<>();
		try (SseTestClient onOne = connected(one, tenant, null); SseTestClient onTwo = connected(two, tenant, null)) {
			List<CareersEvent> published = new ArrayList<>();
			for (int task = 0; task < 24; task++) {
				UUID taskId = UUID.randomUUID();
				taskIds.add(taskId);
				published.addAll(lifecycle(events, taskId, task + 1));
			}
			publisher.publish(published);

			for (UUID taskId : taskIds) {
				await().atMost(WITHIN).until(() -> completedSeen(onTwo, taskId) && completedSeen(onOne, taskId));
			}
		}
		assertThat(one.projected()).isGreaterThan(projectedByOne);
		assertThat(two.projected()).isGreaterThan(projectedByTwo);
	}

	@Test
	void anEventIdOfOneReplicaResumesOnTheOther() {
		String tenant = "resume-" + UUID.randomUUID().toString().substring(0, 8);
		TestEvents events = new TestEvents(tenant);
		UUID seenTask = UUID.randomUUID();
		UUID missedTask = UUID.randomUUID();
		String lastEventId;
		try (SseTestClient first = connected(one, tenant, null)) {
			List<CareersEvent> seenLifecycle = lifecycle(events, seenTask, 1);
			publisher.publish(seenLifecycle);
			// its events come on two topics, so the request may be projected after the completion: the id
			// to resume from is the one after every change of the task, not the first COMPLETED seen
			await().atMost(WITHIN).until(() -> completedSeen(first, seenTask)
					&& eventsProjected(tenant) == seenLifecycle.size() && first.lastEventId() != null
					&& Long.parseLong(first.lastEventId()) >= latestChange(tenant));
			lastEventId = first.lastEventId();
		}
		publisher.publish(lifecycle(events, missedTask, 2));
		await().atMost(WITHIN).until(() -> taskStatus(tenant, missedTask).equals("COMPLETED"));

		try (SseTestClient resumed = connected(two, tenant, lastEventId)) {
			await().atMost(WITHIN).until(() -> completedSeen(resumed, missedTask));
			assertThat(resumed.about(seenTask)).isEmpty();
			assertThat(resumed.events()).noneMatch(event -> event.name().equals("reset"));
		}
	}

	@Test
	void whenAReplicaStopsMidImportTheOtherTakesOverItsPartitions() {
		String tenant = "takeover-" + UUID.randomUUID().toString().substring(0, 8);
		TestEvents events = new TestEvents(tenant);
		int imports = 12;
		int recordsEach = 40;
		List<UUID> importIds = new ArrayList<>();
		List<CareersEvent> firstHalf = new ArrayList<>();
		List<CareersEvent> secondHalf = new ArrayList<>();
		Instant at = Instant.now();
		for (int index = 0; index < imports; index++) {
			UUID importId = UUID.randomUUID();
			importIds.add(importId);
			firstHalf.add(events.importStarted(importId, ImportType.APPLICANTS, "batch-" + index, at));
			for (int record = 0; record < recordsEach; record++) {
				UUID recordId = UUID.randomUUID();
				UUID taskId = UUID.randomUUID();
				List<CareersEvent> half = record < recordsEach / 2 ? firstHalf : secondHalf;
				half.add(events.recordCreated(importId, recordId, "resume-" + record + ".pdf", taskId, at));
				half.add(events.requested(taskId, index * recordsEach + record + 1, recordId, importId, 1, at));
				half.add(events.completed(taskId, recordId, at.plusMillis(1)));
			}
			secondHalf.add(events.importCompleted(importId, recordsEach, 0, 0, 0, at.plusMillis(2)));
		}
		long projectedByOne = one.projected();
		publisher.publish(firstHalf);
		await().atMost(WITHIN).until(() -> one.projected() > projectedByOne);

		one.close();
		publisher.publish(secondHalf);
		try {
			await().atMost(WITHIN)
				.until(() -> jdbc.sql("select count(*) from imports where tenant_id = :tenant and status = 'COMPLETED'")
					.param("tenant", tenant)
					.query(Long.class)
					.single() == imports);
			for (UUID importId : importIds) {
				Map<String, Object> row = jdbc.sql("select created, errors from imports where tenant_id = :tenant and id = :id")
					.param("tenant", tenant)
					.param("id", importId)
					.query()
					.singleRow();
				assertThat(row).containsEntry("created", recordsEach).containsEntry("errors", 0);
			}
			assertThat(jdbc.sql("select count(*) from tasks where tenant_id = :tenant and status = 'COMPLETED'")
				.param("tenant", tenant)
				.query(Long.class)
				.single()).isEqualTo((long) imports * recordsEach);
		}
		finally {
			one = Replica.start(infrastructure());
			awaitPartitionsSpreadOverBoth();
		}
	}

	@Test
	void aRebuildWithTwoReplicasRunningGivesTheSameReadModels() {
		Scenario scenario = new Scenario(new Random(11), 3, 5);
		String tenant = "rebuild-" + UUID.randomUUID().toString().substring(0, 8);
		List<CareersEvent> before = Scenario.twiceShuffled(scenario.events(new TestEvents(tenant)), new Random(13));
		publisher.publish(before);
		awaitProjected(before);
		List<Map<String, Object>> rows = rows(tenant);
		String during = "during-" + UUID.randomUUID().toString().substring(0, 8);
		List<CareersEvent> duringRebuild = scenario.events(new TestEvents(during));

		// events keep coming while replica one rebuilds: replica two must wait, then project them
		publisher.publish(duringRebuild);
		Map<?, ?> report = one.http().post().uri("/internal/admin/replay").retrieve().body(Map.class);

		assertThat(((Number) report.get("events")).longValue()).isGreaterThanOrEqualTo(before.size());
		assertThat(rows(tenant)).isEqualTo(rows);
		awaitProjected(duringRebuild);
		assertThat(rows(during)).isEqualTo(rows);
	}

	@Test
	void aSecondRebuildOnAnyReplicaIsRefusedWhileOneRuns() throws Exception {
		TestInfrastructure infrastructure = infrastructure();
		try (Connection rebuilding = DriverManager.getConnection(infrastructure.jdbcUrl(), infrastructure.username(),
				infrastructure.password());
				PreparedStatement lock = rebuilding.prepareStatement("select pg_advisory_lock(?, ?)")) {
			lock.setInt(1, AdvisoryLocks.SERVICE);
			lock.setInt(2, AdvisoryLocks.REBUILD);
			lock.execute();

			for (Replica replica : List.of(one, two)) {
				int status = replica.http()
					.post()
					.uri("/internal/admin/replay")
					.exchange((request, response) -> response.getStatusCode().value());
				assertThat(status).isEqualTo(409);
			}
		}
	}

	private void awaitPartitionsSpreadOverBoth() {
		await().atMost(WITHIN).until(() -> one.hasPartitions() && two.hasPartitions());
	}

	private void awaitProjected(List<CareersEvent> events) {
		Object[] eventIds = events.stream().map(CareersEvent::eventId).distinct().toArray();
		await().atMost(WITHIN)
			.until(() -> jdbc.sql("select count(*) from processed_events where event_id = any(:ids)")
				.param("ids", new SqlArrayValue("uuid", eventIds))
				.query(Long.class)
				.single() == eventIds.length);
	}

	private List<Map<String, Object>> rows(String tenant) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (String table : List.of("imports", "tasks", "possible_duplicates", "applicant_merges")) {
			rows.addAll(jdbc.sql("select * from " + table + " where tenant_id = :tenant order by 2, 3")
				.param("tenant", tenant)
				.query()
				.listOfRows());
		}
		rows.forEach(row -> {
			row.remove("tenant_id");
			row.remove("updated_at");
		});
		return rows;
	}

	private String taskStatus(String tenant, UUID taskId) {
		return jdbc.sql("select coalesce(max(status), '') from tasks where tenant_id = :tenant and id = :id")
			.param("tenant", tenant)
			.param("id", taskId)
			.query(String.class)
			.single();
	}

	private long eventsProjected(String tenant) {
		return jdbc.sql("select count(*) from processed_events where tenant_id = :tenant")
			.param("tenant", tenant)
			.query(Long.class)
			.single();
	}

	private long latestChange(String tenant) {
		return jdbc.sql("select coalesce(max(seq), 0) from stream_changes where tenant_id = :tenant")
			.param("tenant", tenant)
			.query(Long.class)
			.single();
	}

	private static SseTestClient connected(Replica replica, String tenant, String lastEventId) {
		SseTestClient client = SseTestClient.open(replica.port(), tenant, lastEventId);
		await().atMost(WITHIN).until(client::connected);
		return client;
	}

	private static boolean completedSeen(SseTestClient stream, UUID taskId) {
		return stream.about(taskId)
			.stream()
			.anyMatch(event -> event.name().equals("task") && event.data().contains("\"COMPLETED\""));
	}

	private static List<CareersEvent> lifecycle(TestEvents events, UUID taskId, long number) {
		UUID recordId = UUID.randomUUID();
		Instant at = Instant.now();
		return List.of(events.requested(taskId, number, recordId, null, 1, at), events.started(taskId, recordId, at),
				events.completed(taskId, recordId, at.plusMillis(1)));
	}

	/** One replica: the whole service in its own application context, on a port of its own. */
	private record Replica(ConfigurableApplicationContext context) {

		static Replica start(TestInfrastructure infrastructure) {
			return new Replica(new SpringApplicationBuilder(HistoryApplication.class).run("--server.port=0",
					"--spring.kafka.bootstrap-servers=" + infrastructure.kafkaBootstrapServers(),
					"--spring.datasource.url=" + TestInfrastructure.withSchema(infrastructure.jdbcUrl(), "history"),
					"--spring.datasource.username=" + infrastructure.username(),
					"--spring.datasource.password=" + infrastructure.password(),
					"--careers.history.consumer.retry-interval=50ms", "--careers.history.consumer.rebuild-wait=200ms",
					"--careers.history.stream.coalesce-interval=200ms"));
		}

		int port() {
			return ((WebServerApplicationContext) context).getWebServer().getPort();
		}

		boolean hasPartitions() {
			return context.getBean(KafkaListenerEndpointRegistry.class)
				.getListenerContainers()
				.stream()
				.anyMatch(container -> container.getAssignedPartitions() != null
						&& !container.getAssignedPartitions().isEmpty());
		}

		RestClient http() {
			return RestClient.create("http://localhost:" + port());
		}

		/** Events this replica has projected so far. */
		long projected() {
			return context.getBean(MeterRegistry.class)
				.find("careers.projection.lag")
				.timers()
				.stream()
				.mapToLong(Timer::count)
				.sum();
		}

		void close() {
			context.close();
		}

	}

}
