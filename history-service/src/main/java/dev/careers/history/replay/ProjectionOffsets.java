package dev.careers.history.replay;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import dev.careers.events.CareersEvent;
import dev.careers.events.Topics;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

/**
 * The offsets the live projection has committed: every record before them was projected, since
 * the listener commits a batch's offsets only after the batch's transaction.
 */
@Component
class ProjectionOffsets {

	/** The topics the read models are projected from. */
	static final List<String> TOPICS = List.of(Topics.IMPORT_EVENTS, Topics.EXTRACTION_REQUESTS,
			Topics.EXTRACTION_REQUESTS_BULK, Topics.EXTRACTION_EVENTS, Topics.APPLICANT_EVENTS);

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private final KafkaAdmin kafkaAdmin;

	private final String groupId;

	ProjectionOffsets(KafkaAdmin kafkaAdmin, ConsumerFactory<String, CareersEvent> consumers) {
		this.kafkaAdmin = kafkaAdmin;
		this.groupId = String.valueOf(consumers.getConfigurationProperties().get(ConsumerConfig.GROUP_ID_CONFIG));
	}

	/** Per partition of the projected topics, the next offset the live consumer group will read. */
	Map<TopicPartition, Long> committed() {
		try (Admin admin = Admin.create(kafkaAdmin.getConfigurationProperties())) {
			Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(groupId)
				.partitionsToOffsetAndMetadata()
				.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
			Map<TopicPartition, Long> offsets = new HashMap<>();
			committed.forEach((partition, offset) -> {
				if (offset != null && TOPICS.contains(partition.topic())) {
					offsets.put(partition, offset.offset());
				}
			});
			return offsets;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new KafkaException("Interrupted while reading the offsets of group " + groupId, ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new KafkaException("Could not read the offsets of group " + groupId, ex);
		}
	}

}
