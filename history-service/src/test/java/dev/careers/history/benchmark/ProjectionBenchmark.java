package dev.careers.history.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;

import dev.careers.events.CareersEvent;
import dev.careers.events.Topics;
import dev.careers.history.EventPublisher;
import dev.careers.history.HistoryApplication;
import dev.careers.history.TestEvents;
import dev.careers.testsupport.EmbeddedInfrastructure;
import dev.careers.testsupport.TestInfrastructure;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.CountAtBucket;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;

import static org.awaitility.Awaitility.await;

/**
 * Publishes the events of many extraction tasks (Requested, Started, 5 Progressed, Completed) to a
 * real broker, as fast as it can or at a given rate, and measures how fast the service projects
 * them and with what lag (event time to committed row). See docs/canvas/history-service.md.
 *
 * <pre>./mvnw -o -q -pl history-service test-compile exec:java -Dexec.args="--tasks 10000 --rate 0"</pre>
 */
public final class ProjectionBenchmark {

	private static final int PROGRESS_REPORTS = 5;

	private static final int EVENTS_PER_TASK = PROGRESS_REPORTS + 3;

	private static final int PARTITIONS = 6;

	private ProjectionBenchmark() {
	}

	public static void main(String[] args) {
		int tasks = intArgument(args, "--tasks", 10_000);
		int rate = intArgument(args, "--rate", 0);
		int warmUpTasks = intArgument(args, "--warm-up-tasks", 1_000);
		TestInfrastructure infrastructure = EmbeddedInfrastructure.shared();
		createTopics(infrastructure.kafkaBootstrapServers());
		try (ConfigurableApplicationContext service = start(infrastructure);
				EventPublisher publisher = new EventPublisher(infrastructure.kafkaBootstrapServers())) {
			MeterRegistry meters = service.getBean(MeterRegistry.class);
			awaitPartitionsAssigned(service.getBean(KafkaListenerEndpointRegistry.class));
			// a first, unmeasured round: JIT, prepared statements and connections warm up
			run(publisher, meters, warmUpTasks, rate);
			Map<String, Lag> warmUp = lagByTopic(meters);
			long total = (long) tasks * EVENTS_PER_TASK;
			System.out.printf("Publishing %,d events of %,d tasks (%s)%n", total, tasks,
					rate > 0 ? rate + " events/s" : "as fast as possible");
			long started = System.nanoTime();
			double publishSeconds = run(publisher, meters, tasks, rate);
			double projectSeconds = seconds(System.nanoTime() - started);
			System.out.printf("Published in %.2f s (%,.0f events/s); projected in %.2f s: %,.0f events/s%n",
					publishSeconds, total / publishSeconds, projectSeconds, total / projectSeconds);
			lagByTopic(meters).forEach((topic, lag) -> System.out.println(lag.minus(warmUp.get(topic)).describe(topic)));
		}
		System.exit(0);
	}

	/** Publishes the tasks' events and waits until all are projected; answers the publishing time. */
	private static double run(EventPublisher publisher, MeterRegistry meters, int tasks, int rate) {
		long before = projected(meters);
		long started = System.nanoTime();
		publish(publisher, tasks, rate, started);
		double publishSeconds = seconds(System.nanoTime() - started);
		long expected = before + (long) tasks * EVENTS_PER_TASK;
		await().atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofMillis(20)).until(() -> projected(meters) >= expected);
		return publishSeconds;
	}

	/**
	 * Tasks move in waves, as many workers would run them: every task is requested, then every
	 * task starts, reports progress five times and completes. Each event is stamped when sent.
	 */
	private static void publish(EventPublisher publisher, int taskCount, int rate, long started) {
		TestEvents events = new TestEvents("bench-" + UUID.randomUUID().toString().substring(0, 8));
		List<UUID> taskIds = new ArrayList<>();
		List<UUID> recordIds = new ArrayList<>();
		for (int task = 0; task < taskCount; task++) {
			taskIds.add(UUID.randomUUID());
			recordIds.add(UUID.randomUUID());
		}
		long sent = 0;
		for (int step = 0; step < EVENTS_PER_TASK; step++) {
			for (int task = 0; task < taskCount; task++) {
				publisher.send(event(events, step, task + 1, taskIds.get(task), recordIds.get(task)));
				sent++;
				if (rate > 0) {
					pace(sent, rate, started);
				}
			}
		}
		publisher.flush();
	}

	private static CareersEvent event(TestEvents events, int step, long number, UUID taskId, UUID recordId) {
		Instant now = Instant.now();
		if (step == 0) {
			return events.requested(taskId, number, recordId, null, 1, now);
		}
		if (step == 1) {
			return events.started(taskId, recordId, now);
		}
		if (step <= PROGRESS_REPORTS + 1) {
			return events.progressed(taskId, recordId, step - 1, PROGRESS_REPORTS, now);
		}
		return events.completed(taskId, recordId, now);
	}

	/** Holds the publisher to {@code rate} events per second on average. */
	private static void pace(long sent, int rate, long started) {
		long ahead = started + sent * 1_000_000_000L / rate - System.nanoTime();
		if (ahead > 1_000_000) {
			LockSupport.parkNanos(ahead);
		}
	}

	/** Measure projection, not the consumer group's first join. */
	private static void awaitPartitionsAssigned(KafkaListenerEndpointRegistry listeners) {
		await().atMost(Duration.ofMinutes(5))
			.until(() -> listeners.getListenerContainers()
				.stream()
				.mapToInt(container -> container.getAssignedPartitions().size())
				.sum() == 3 * PARTITIONS);
	}

	private static long projected(MeterRegistry meters) {
		return meters.find("careers.projection.lag").timers().stream().mapToLong(Timer::count).sum();
	}

	private static Map<String, Lag> lagByTopic(MeterRegistry meters) {
		Map<String, Lag> lags = new TreeMap<>();
		for (String topic : List.of(Topics.EXTRACTION_REQUESTS, Topics.EXTRACTION_EVENTS)) {
			Timer timer = meters.find("careers.projection.lag").tag("topic", topic).timer();
			lags.put(topic, timer == null ? Lag.NONE : Lag.of(timer));
		}
		return lags;
	}

	/** A lag timer's cumulative counts, so one round's figures are the difference of two. */
	private record Lag(long count, double totalMillis, double[] bucketMillis, double[] bucketCounts) {

		static final Lag NONE = new Lag(0, 0, new double[0], new double[0]);

		static Lag of(Timer timer) {
			CountAtBucket[] buckets = timer.takeSnapshot().histogramCounts();
			double[] bounds = new double[buckets.length];
			double[] counts = new double[buckets.length];
			for (int index = 0; index < buckets.length; index++) {
				bounds[index] = buckets[index].bucket(TimeUnit.MILLISECONDS);
				counts[index] = buckets[index].count();
			}
			return new Lag(timer.count(), timer.totalTime(TimeUnit.MILLISECONDS), bounds, counts);
		}

		Lag minus(Lag earlier) {
			double[] counts = bucketCounts.clone();
			for (int index = 0; index < earlier.bucketCounts.length && index < counts.length; index++) {
				counts[index] -= earlier.bucketCounts[index];
			}
			return new Lag(count - earlier.count, totalMillis - earlier.totalMillis, bucketMillis, counts);
		}

		/** Percentiles as the upper bound of the histogram bucket they fall in (buckets ~10-30 % apart). */
		String describe(String topic) {
			StringBuilder line = new StringBuilder(String.format("Lag on %-20s %,7d events", topic, count));
			for (double percentile : new double[] { 0.50, 0.95, 0.99 }) {
				line.append(String.format("  p%.0f <= %,.0f ms", percentile * 100, bucketAt(percentile * count)));
			}
			return line.append(String.format("  mean %,.0f ms", count == 0 ? 0 : totalMillis / count)).toString();
		}

		private double bucketAt(double rank) {
			for (int index = 0; index < bucketCounts.length; index++) {
				if (bucketCounts[index] >= rank) {
					return bucketMillis[index];
				}
			}
			return Double.POSITIVE_INFINITY;
		}

	}

	/** Settings as command-line arguments: they outrank the service's own application.yml. */
	private static ConfigurableApplicationContext start(TestInfrastructure infrastructure) {
		return new SpringApplicationBuilder(HistoryApplication.class).run("--server.port=0",
				"--spring.kafka.bootstrap-servers=" + infrastructure.kafkaBootstrapServers(),
				"--spring.datasource.url=" + TestInfrastructure.withSchema(infrastructure.jdbcUrl(), "history"),
				"--spring.datasource.username=" + infrastructure.username(),
				"--spring.datasource.password=" + infrastructure.password(),
				"--logging.level.root=warn");
	}

	private static void createTopics(String bootstrapServers) {
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
			admin.createTopics(List.of(new NewTopic(Topics.IMPORT_EVENTS, PARTITIONS, (short) 1),
					new NewTopic(Topics.EXTRACTION_REQUESTS, PARTITIONS, (short) 1),
					new NewTopic(Topics.EXTRACTION_EVENTS, PARTITIONS, (short) 1)))
				.all()
				.get(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while creating topics", ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IllegalStateException("Topics could not be created", ex);
		}
	}

	private static int intArgument(String[] args, String name, int fallback) {
		for (int index = 0; index + 1 < args.length; index++) {
			if (args[index].equals(name)) {
				return Integer.parseInt(args[index + 1]);
			}
		}
		return fallback;
	}

	private static double seconds(long nanos) {
		return nanos / 1e9;
	}

}
