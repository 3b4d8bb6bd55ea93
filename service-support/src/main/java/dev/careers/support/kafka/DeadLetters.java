package dev.careers.support.kafka;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;

import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;

import dev.careers.events.Topics;

/**
 * Where a record ends that could not be processed: {@code <topic>-dlt}, as it was (spring-kafka
 * adds the exception headers), counted in {@code careers.dead.letters{topic}}.
 */
public class DeadLetters implements ConsumerRecordRecoverer {

	private static final String METRIC = "careers.dead.letters";

	private final DeadLetterPublishingRecoverer publisher;

	private final MeterRegistry meters;

	private final Map<String, Counter> counters = new ConcurrentHashMap<>();

	DeadLetters(KafkaOperations<?, ?> kafka, MeterRegistry meters) {
		// partition -1: the producer places it by key, whatever the dead-letter topic's size
		this.publisher = new DeadLetterPublishingRecoverer(kafka,
				(record, failure) -> new TopicPartition(Topics.deadLetter(record.topic()), -1));
		this.meters = meters;
	}

	@Override
	public void accept(ConsumerRecord<?, ?> record, Exception failure) {
		publisher.accept(record, failure);
		counters.computeIfAbsent(record.topic(), topic -> Counter.builder(METRIC)
			.description("Records sent to a dead-letter topic after their retries")
			.tag("topic", topic)
			.register(meters)).increment();
	}

	/**
	 * Retries a failing record, then dead-letters it here; rewinds to the committed offsets when the
	 * container fails outside the listener ({@link RewindingErrorHandler}).
	 */
	@SafeVarargs
	public final DefaultErrorHandler errorHandler(Retries retries, Class<? extends Exception>... notRetryable) {
		return errorHandler(this, retries, notRetryable);
	}

	/**
	 * Retries a failing record, then hands it to {@code recoverer}, which dead-letters it through
	 * {@link #accept} and does what else the service needs.
	 */
	@SafeVarargs
	public static DefaultErrorHandler errorHandler(ConsumerRecordRecoverer recoverer, Retries retries,
			Class<? extends Exception>... notRetryable) {
		DefaultErrorHandler handler = new RewindingErrorHandler(recoverer, retries.backOff());
		if (notRetryable.length > 0) {
			handler.addNotRetryableExceptions(notRetryable);
		}
		return handler;
	}

}
