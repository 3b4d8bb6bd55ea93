package dev.careers.events;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The topics the system runs on, defined once for the launcher, the services and the manifests:
 * the event streams keep their records for {@link #EVENT_RETENTION} (history-service rebuilds its read
 * models from a snapshot of them plus the records after it), and each has a dead-letter twin {@code <topic>-dlt} with its partition count. The two lanes of
 * extraction requests ({@code extraction.requests} and {@code extraction.requests.bulk}) share one partition
 * count, which caps how many worker threads extract at once.
 */
public final class TopicPlan {

	/** Partitions of each stream unless a setting says otherwise. */
	public static final int DEFAULT_PARTITIONS = 6;

	/** Partitions of each lane of extraction requests: room for 24 workers of two threads (ADR 22). */
	public static final int DEFAULT_REQUEST_PARTITIONS = 48;

	/**
	 * How long the event streams keep a record: far longer than history-service's snapshot interval
	 * (6 hours), so a rebuild always finds every record after the latest snapshot (ADR 26).
	 */
	public static final Duration EVENT_RETENTION = Duration.ofDays(7);

	/** Topic configuration of the event streams: a time limit, no size limit. */
	public static final Map<String, String> EVENT_STREAM_CONFIG = Map.of("retention.ms",
			String.valueOf(EVENT_RETENTION.toMillis()));

	/** One topic to create: its name, partition count and topic-level configuration. */
	public record TopicSpec(String name, int partitions, Map<String, String> configs) {
	}

	private TopicPlan() {
	}

	/** Every topic, each stream followed by its dead-letter twin. */
	public static List<TopicSpec> topics(int importEventsPartitions, int extractionRequestsPartitions,
			int extractionEventsPartitions, int applicantEventsPartitions) {
		List<TopicSpec> topics = new ArrayList<>();
		stream(topics, Topics.IMPORT_EVENTS, importEventsPartitions);
		stream(topics, Topics.EXTRACTION_REQUESTS, extractionRequestsPartitions);
		stream(topics, Topics.EXTRACTION_REQUESTS_BULK, extractionRequestsPartitions);
		stream(topics, Topics.EXTRACTION_EVENTS, extractionEventsPartitions);
		stream(topics, Topics.APPLICANT_EVENTS, applicantEventsPartitions);
		return List.copyOf(topics);
	}

	private static void stream(List<TopicSpec> topics, String name, int partitions) {
		if (partitions < 1) {
			throw new IllegalArgumentException(name + " needs at least one partition, not " + partitions);
		}
		topics.add(new TopicSpec(name, partitions, EVENT_STREAM_CONFIG));
		// same count as the source, so a dead letter can keep its record's partition
		topics.add(new TopicSpec(Topics.deadLetter(name), partitions, Map.of()));
	}

}
