package dev.careers.launcher;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LauncherCommandTest {

	@Test
	void defaultsStartOneWorkerOnTheStandardPortsWithEmbeddedInfrastructure() {
		LaunchOptions options = parse(Map.of());

		assertThat(options.dataDir()).isEqualTo(Path.of(".careers").toAbsolutePath().normalize());
		assertThat(options.workers()).isEqualTo(1);
		assertThat(options.replicas()).isEqualTo(1);
		assertThat(options.extractionRequestsPartitions()).isEqualTo(48);
		assertThat(options.ports()).isEqualTo(Ports.defaults());
		assertThat(options.parsedTenants().first()).isEqualTo(new Tenants.Tenant("demo", "dev-key"));
		assertThat(options.externalKafka()).isEmpty();
		assertThat(options.externalDatabase()).isEmpty();
		assertThat(options.startupTimeout()).isEqualTo(Duration.ofMinutes(3));
		assertThat(options.documents()).isEqualTo(LaunchOptions.Documents.DIRECTORY);
	}

	@Test
	void documentsOnS3RunS3ProxyOnItsPort() {
		LaunchOptions options = parse(Map.of(), "--documents", "s3", "--s3-port", "19000");

		assertThat(options.documents()).isEqualTo(LaunchOptions.Documents.S3);
		assertThat(options.s3Port()).isEqualTo(19000);
	}

	@Test
	void anUnknownDocumentStoreIsRefused() {
		assertThatThrownBy(() -> parse(Map.of(), "--documents", "ftp")).hasMessageContaining("directory or s3");
	}

	@Test
	void optionsSetWorkersPartitionsDataAndPorts() {
		LaunchOptions options = parse(Map.of(), "--workers", "3", "--partitions", "12", "--data", "/tmp/careers-x",
				"--gateway-port", "9080", "--kafka-port", "29092", "--postgres-port", "25432", "--service-heap", "768m");

		assertThat(options.workers()).isEqualTo(3);
		assertThat(options.extractionRequestsPartitions()).isEqualTo(12);
		assertThat(options.dataDir()).isEqualTo(Path.of("/tmp/careers-x"));
		assertThat(options.ports().gateway()).isEqualTo(9080);
		assertThat(options.ports().kafka()).isEqualTo(29092);
		assertThat(options.ports().kafkaController()).isEqualTo(29093);
		assertThat(options.ports().postgres()).isEqualTo(25432);
		assertThat(options.serviceHeap()).isEqualTo("768m");
	}

	@Test
	void environmentPointsAtAnExistingBrokerAndDatabase() {
		LaunchOptions options = parse(Map.of("KAFKA_BOOTSTRAP_SERVERS", "kafka-1:9092,kafka-2:9092", "CAREERS_DB_URL",
				"jdbc:postgresql://db:5432/careers", "CAREERS_DB_USER", "careers", "CAREERS_DB_PASSWORD", "s3cret",
				"CAREERS_TENANTS", "acme=acme-key,demo=dev-key"));

		assertThat(options.externalKafka()).contains("kafka-1:9092,kafka-2:9092");
		assertThat(options.externalDatabase())
			.contains(new DatabaseCoordinates("jdbc:postgresql://db:5432/careers", "careers", "s3cret"));
		assertThat(options.parsedTenants().first().id()).isEqualTo("acme");
	}

	@Test
	void databaseUrlWithoutUserIsRefused() {
		assertThatThrownBy(() -> parse(Map.of("CAREERS_DB_URL", "jdbc:postgresql://db:5432/careers")))
			.hasMessageContaining("CAREERS_DB_USER");
	}

	@Test
	void databaseUrlThatIsNotPostgresIsRefused() {
		assertThatThrownBy(() -> parse(Map.of("CAREERS_DB_URL", "jdbc:mysql://db/careers", "CAREERS_DB_USER", "u")))
			.hasMessageContaining("PostgreSQL JDBC URL");
	}

	@Test
	void replicasSetHowManyGatewaysImportAndHistoryServicesRun() {
		assertThat(parse(Map.of(), "--replicas", "2", "--workers", "3").replicas()).isEqualTo(2);
	}

	@Test
	void zeroReplicasAreRefused() {
		assertThatThrownBy(() -> parse(Map.of(), "--replicas", "0")).hasMessageContaining("at least one replica");
	}

	@Test
	void zeroWorkersIsRefused() {
		assertThatThrownBy(() -> parse(Map.of(), "--workers", "0")).hasMessageContaining("at least one worker");
	}

	@Test
	void malformedTenantsAreRefused() {
		assertThatThrownBy(() -> parse(Map.of("CAREERS_TENANTS", "demo:dev-key"))).hasMessageContaining("demo=dev-key");
	}

	@Test
	void helpNamesTheEnvironmentVariables() {
		ByteArrayOutputStream help = new ByteArrayOutputStream();
		new CommandLine(new LauncherCommand(Map.of(), System.out)).usage(new PrintStream(help, true));

		assertThat(help.toString()).contains("--workers", "--data", "KAFKA_BOOTSTRAP_SERVERS", "CAREERS_DB_URL");
	}

	private static LaunchOptions parse(Map<String, String> environment, String... args) {
		LauncherCommand command = new LauncherCommand(environment, System.out);
		new CommandLine(command).parseArgs(args);
		return command.options();
	}

}
