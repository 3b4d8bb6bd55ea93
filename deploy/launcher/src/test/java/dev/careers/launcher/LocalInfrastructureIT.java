package dev.careers.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.careers.events.TopicPlan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The launcher's broker and database as real processes: topics as the services expect them, data
 * kept across a restart, nothing left running after a stop.
 */
class LocalInfrastructureIT {

	@TempDir
	Path dataDir;

	private PidRegistry pids;

	private Ports ports;

	@BeforeEach
	void openRegistry() throws Exception {
		pids = PidRegistry.open(dataDir);
		ports = Ports.free();
		Files.createDirectories(dataDir.resolve("logs"));
	}

	@AfterEach
	void closeRegistry() {
		pids.close();
	}

	@Test
	void brokerKeepsTopicsAndRecordsAcrossARestartAndLeavesNoProcess() throws Exception {
		KafkaBroker broker = new KafkaBroker(dataDir.resolve("kafka"), ports.kafka(), ports.kafkaController(),
				JavaCommand.of(WatchdogAgent.install(dataDir)), pids, dataDir.resolve("logs/kafka.log"));
		try {
			broker.start(Duration.ofMinutes(2));
			TopicProvisioner.ensure(broker.bootstrapServers(), TopicProvisioner.plan(6), Duration.ofMinutes(1));
			assertThat(partitionCounts(broker.bootstrapServers())).containsEntry("import.events", 6)
				.containsEntry("extraction.requests", 6)
				.containsEntry("extraction.requests-dlt", 6)
				.containsEntry("extraction.events", 6);
			produce(broker.bootstrapServers(), "import.events", "import-1", "ImportStarted");
			long pid = broker.info().pid();

			broker.stop();
			assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
			broker.start(Duration.ofMinutes(2));
			TopicProvisioner.ensure(broker.bootstrapServers(), TopicProvisioner.plan(12), Duration.ofMinutes(1));

			assertThat(readAll(broker.bootstrapServers(), "import.events")).containsExactly("ImportStarted");
			assertThat(partitionCounts(broker.bootstrapServers())).containsEntry("extraction.requests", 12);
			pid = broker.info().pid();
			broker.stop();
			assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
		}
		finally {
			broker.stop();
		}
	}

	@Test
	void databaseKeepsItsDataAcrossARestartAndLeavesNoProcess() throws Exception {
		EmbeddedDatabase database = new EmbeddedDatabase(dataDir.resolve("postgres"), ports.postgres(),
				dataDir.resolve("logs/postgres.log"), pids);
		try {
			database.start();
			DatabaseSetup.createDatabaseIfMissing(database.server(), DatabaseSetup.DATABASE);
			DatabaseCoordinates careers = database.database(DatabaseSetup.DATABASE);
			DatabaseSetup.createSchemasIfMissing(careers, List.of("imports", "history"));
			execute(careers.inSchema("imports"), "CREATE TABLE kept (id int); INSERT INTO kept VALUES (42)");
			long pid = database.info().pid();

			database.stop();
			assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
			database.start();
			DatabaseSetup.createDatabaseIfMissing(database.server(), DatabaseSetup.DATABASE);

			assertThat(queryInt(careers.inSchema("imports"), "SELECT id FROM kept")).isEqualTo(42);
			pid = database.info().pid();
			database.stop();
			assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
		}
		finally {
			database.stop();
		}
	}

	private static Map<String, Integer> partitionCounts(String bootstrapServers) throws Exception {
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
			Map<String, TopicDescription> topics = admin
				.describeTopics(TopicProvisioner.plan(1).stream().map(TopicPlan.TopicSpec::name).toList())
				.allTopicNames()
				.get(30, TimeUnit.SECONDS);
			return topics.entrySet()
				.stream()
				.collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().partitions().size()));
		}
	}

	private static void produce(String bootstrapServers, String topic, String key, String value) throws Exception {
		Properties config = new Properties();
		config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
		try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(),
				new StringSerializer())) {
			producer.send(new ProducerRecord<>(topic, key, value)).get(30, TimeUnit.SECONDS);
		}
	}

	private static List<String> readAll(String bootstrapServers, String topic) {
		Properties config = new Properties();
		config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
		config.put(ConsumerConfig.GROUP_ID_CONFIG, "launcher-it");
		config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
				new StringDeserializer())) {
			consumer.subscribe(List.of(topic));
			List<String> values = new ArrayList<>();
			await().atMost(Duration.ofSeconds(60)).until(() -> {
				consumer.poll(Duration.ofMillis(500)).forEach((ConsumerRecord<String, String> record) -> values.add(record.value()));
				return !values.isEmpty();
			});
			return values;
		}
	}

	private static void execute(DatabaseCoordinates database, String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(),
				database.password()); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private static int queryInt(DatabaseCoordinates database, String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(),
				database.password()); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getInt(1);
		}
	}

}
