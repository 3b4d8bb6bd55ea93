package dev.careers.launcher;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import dev.careers.events.TopicPlan;
import dev.careers.events.TopicPlan.TopicSpec;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the topics the services share (the broker does not create topics on demand). The
 * partition count of {@code extraction.requests} caps how many workers share the extraction work;
 * an existing topic grows to a larger setting (Kafka cannot shrink a topic). The event streams keep
 * their records for {@link TopicPlan#EVENT_RETENTION}, a topic's configuration being set when it is
 * created.
 */
final class TopicProvisioner {

	private static final Logger log = LoggerFactory.getLogger(TopicProvisioner.class);

	private TopicProvisioner() {
	}

	/** The {@link TopicPlan} the services declare too, with the launcher's partition count for the requests. */
	static List<TopicSpec> plan(int extractionRequestsPartitions) {
		return TopicPlan.topics(TopicPlan.DEFAULT_PARTITIONS, extractionRequestsPartitions, TopicPlan.DEFAULT_PARTITIONS,
				TopicPlan.DEFAULT_PARTITIONS);
	}

	/** Retries until the broker answers or {@code timeout} passes (a fresh broker takes a moment). */
	static void ensure(String bootstrapServers, List<TopicSpec> topics, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		Properties config = new Properties();
		config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
		config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
		config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000);
		try (Admin admin = Admin.create(config)) {
			while (true) {
				try {
					ensure(admin, topics);
					return;
				}
				catch (ExecutionException | TimeoutException ex) {
					if (System.nanoTime() > deadline) {
						throw new LaunchException("Could not create the topics on Kafka at " + bootstrapServers + ": "
								+ ex.getMessage(), ex);
					}
					log.debug("Kafka not ready yet: {}", ex.getMessage());
					Thread.sleep(500);
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new LaunchException("Interrupted while creating topics", ex);
		}
	}

	private static void ensure(Admin admin, List<TopicSpec> topics)
			throws ExecutionException, InterruptedException, TimeoutException {
		Set<String> existing = admin.listTopics().names().get(10, TimeUnit.SECONDS);
		List<NewTopic> missing = topics.stream()
			.filter(topic -> !existing.contains(topic.name()))
			.map(topic -> new NewTopic(topic.name(), topic.partitions(), (short) 1).configs(topic.configs()))
			.toList();
		if (!missing.isEmpty()) {
			createAll(admin, missing);
			log.info("Created topics {}", missing.stream().map(NewTopic::name).toList());
		}
		growWhereSmaller(admin, topics);
	}

	private static void createAll(Admin admin, List<NewTopic> missing)
			throws ExecutionException, InterruptedException, TimeoutException {
		try {
			admin.createTopics(missing).all().get(10, TimeUnit.SECONDS);
		}
		catch (ExecutionException ex) {
			if (!(ex.getCause() instanceof TopicExistsException)) {
				throw ex;
			}
		}
	}

	private static void growWhereSmaller(Admin admin, List<TopicSpec> topics)
			throws ExecutionException, InterruptedException, TimeoutException {
		Map<String, TopicDescription> descriptions = admin
			.describeTopics(topics.stream().map(TopicSpec::name).toList())
			.allTopicNames()
			.get(10, TimeUnit.SECONDS);
		for (TopicSpec topic : topics) {
			int current = descriptions.get(topic.name()).partitions().size();
			if (current < topic.partitions()) {
				admin.createPartitions(Map.of(topic.name(), NewPartitions.increaseTo(topic.partitions())))
					.all()
					.get(10, TimeUnit.SECONDS);
				log.info("Grew {} from {} to {} partitions", topic.name(), current, topic.partitions());
			}
			else if (current > topic.partitions()) {
				log.warn("{} keeps its {} partitions (asked for {}): Kafka cannot remove partitions", topic.name(),
						current, topic.partitions());
			}
		}
	}

}
