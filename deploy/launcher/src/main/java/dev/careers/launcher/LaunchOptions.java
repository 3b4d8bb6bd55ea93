package dev.careers.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.careers.events.TopicPlan;

/**
 * Everything the launcher needs to start the local system.
 *
 * @param home the project root, where each service's jar is built ({@code <module>/target/})
 * @param dataDir broker and database data, logs and process ids; a restart keeps it
 * @param replicas how many gateways, import-services and history-services run (workers: {@code workers})
 * @param serviceJvmOptions more options for each service JVM, after the service's own, so a flag given again
 *        overrides it (tests trade peak speed for a quicker start)
 * @param externalKafka bootstrap servers of an existing broker to use instead of starting one
 * @param externalDatabase an existing PostgreSQL database to use instead of the embedded one
 * @param documents where import-service and the workers keep document bytes
 * @param s3Port S3Proxy's port, with {@link Documents#S3}
 */
public record LaunchOptions(Path home, Path dataDir, Ports ports, int workers, int replicas,
		int extractionRequestsPartitions,
		String tenants, String serviceHeap, List<String> serviceJvmOptions, Duration startupTimeout,
		Optional<String> externalKafka, Optional<DatabaseCoordinates> externalDatabase, Documents documents,
		int s3Port) {

	/** The document store of the local system (ADR 0020). */
	public enum Documents {

		/** {@code <data>/documents}, shared by the processes. */
		DIRECTORY,

		/** S3Proxy, an S3-compatible server, as a child process (objects in {@code <data>/s3proxy}). */
		S3;

		/** {@code directory} or {@code s3}, as {@code --documents} takes it. */
		public static Documents parse(String value) {
			for (Documents documents : values()) {
				if (documents.name().equalsIgnoreCase(value)) {
					return documents;
				}
			}
			throw new IllegalArgumentException("documents must be directory or s3, got " + value);
		}

	}

	public LaunchOptions {
		Objects.requireNonNull(home, "home");
		Objects.requireNonNull(dataDir, "dataDir");
		Objects.requireNonNull(ports, "ports");
		Objects.requireNonNull(documents, "documents");
		if (workers < 1) {
			throw new IllegalArgumentException("at least one worker is needed, got " + workers);
		}
		if (replicas < 1) {
			throw new IllegalArgumentException("at least one replica is needed, got " + replicas);
		}
		if (extractionRequestsPartitions < 1) {
			throw new IllegalArgumentException("partitions must be at least 1, got " + extractionRequestsPartitions);
		}
		if (!serviceHeap.matches("\\d+[kKmMgG]")) {
			throw new IllegalArgumentException("service heap must look like 512m, got " + serviceHeap);
		}
		Tenants.parse(tenants);
		serviceJvmOptions = List.copyOf(serviceJvmOptions);
		home = home.toAbsolutePath().normalize();
		dataDir = dataDir.toAbsolutePath().normalize();
	}

	public static Builder builder(Path home) {
		return new Builder(home);
	}

	Tenants parsedTenants() {
		return Tenants.parse(tenants);
	}

	/** Defaults: {@code ./.careers}, the standard ports, one worker, one replica, six request partitions. */
	public static final class Builder {

		private final Path home;

		private Path dataDir = Path.of(".careers");

		private Ports ports = Ports.defaults();

		private int workers = 1;

		private int replicas = 1;

		private int extractionRequestsPartitions = TopicPlan.DEFAULT_REQUEST_PARTITIONS;

		private String tenants = Tenants.DEV;

		private String serviceHeap = "512m";

		private List<String> serviceJvmOptions = List.of();

		private Duration startupTimeout = Duration.ofMinutes(3);

		private String externalKafka;

		private DatabaseCoordinates externalDatabase;

		private Documents documents = Documents.DIRECTORY;

		private int s3Port = 9000;

		private Builder(Path home) {
			this.home = home;
		}

		public Builder dataDir(Path dataDir) {
			this.dataDir = dataDir;
			return this;
		}

		public Builder ports(Ports ports) {
			this.ports = ports;
			return this;
		}

		public Builder workers(int workers) {
			this.workers = workers;
			return this;
		}

		/** Gateways, import-services and history-services each. */
		public Builder replicas(int replicas) {
			this.replicas = replicas;
			return this;
		}

		public Builder extractionRequestsPartitions(int partitions) {
			this.extractionRequestsPartitions = partitions;
			return this;
		}

		/** In the gateway's format: {@code demo=dev-key,acme=acme-key}. */
		public Builder tenants(String tenants) {
			this.tenants = tenants;
			return this;
		}

		public Builder serviceHeap(String serviceHeap) {
			this.serviceHeap = serviceHeap;
			return this;
		}

		public Builder serviceJvmOptions(String... options) {
			this.serviceJvmOptions = List.of(options);
			return this;
		}

		public Builder startupTimeout(Duration startupTimeout) {
			this.startupTimeout = startupTimeout;
			return this;
		}

		public Builder externalKafka(String bootstrapServers) {
			this.externalKafka = bootstrapServers;
			return this;
		}

		public Builder externalDatabase(DatabaseCoordinates database) {
			this.externalDatabase = database;
			return this;
		}

		public Builder documents(Documents documents) {
			this.documents = documents;
			return this;
		}

		public Builder s3Port(int s3Port) {
			this.s3Port = s3Port;
			return this;
		}

		public LaunchOptions build() {
			return new LaunchOptions(home, dataDir, ports, workers, replicas, extractionRequestsPartitions, tenants, serviceHeap,
					serviceJvmOptions, startupTimeout, Optional.ofNullable(externalKafka),
					Optional.ofNullable(externalDatabase), documents, s3Port);
		}

	}

}
