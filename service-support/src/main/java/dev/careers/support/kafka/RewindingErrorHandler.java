package dev.careers.support.kafka;

import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.util.backoff.BackOff;

/**
 * The retrying, dead-lettering error handler, plus what spring-kafka does not do for a failure
 * outside the listener: when the container fails after a poll returned records (a
 * {@code consumer.wakeup()} from a container's {@code pause()} landing in the commit the container
 * makes after a rebalance, for one), the records of that poll are dropped while the consumer's
 * position has moved past them, and the next commit would skip them for good. So every assigned
 * partition is rewound to its committed offset: what was dropped is read again, and what was
 * processed but not yet committed comes again too, which every consumer here tolerates
 * (idempotent projections, deterministic result ids).
 */
class RewindingErrorHandler extends DefaultErrorHandler {

	private static final Logger log = LoggerFactory.getLogger(RewindingErrorHandler.class);

	RewindingErrorHandler(ConsumerRecordRecoverer recoverer, BackOff backOff) {
		super(recoverer, backOff);
	}

	@Override
	public void handleOtherException(Exception thrownException, Consumer<?, ?> consumer,
			MessageListenerContainer container, boolean batchListener) {
		rewindToCommitted(consumer);
		if (thrownException instanceof WakeupException) {
			log.info("The consumer was woken up outside its poll; its partitions were rewound to their committed offsets");
			return;
		}
		super.handleOtherException(thrownException, consumer, container, batchListener);
	}

	static void rewindToCommitted(Consumer<?, ?> consumer) {
		Set<TopicPartition> assigned = consumer.assignment();
		if (assigned.isEmpty()) {
			return;
		}
		Map<TopicPartition, OffsetAndMetadata> committed = committed(consumer, assigned);
		for (TopicPartition partition : assigned) {
			OffsetAndMetadata offset = committed.get(partition);
			if (offset != null) {
				consumer.seek(partition, offset);
			}
			else {
				// nothing committed yet: where the services' auto.offset.reset=earliest starts a partition
				consumer.seekToBeginning(Set.of(partition));
			}
		}
	}

	private static Map<TopicPartition, OffsetAndMetadata> committed(Consumer<?, ?> consumer,
			Set<TopicPartition> partitions) {
		try {
			return consumer.committed(partitions);
		}
		catch (WakeupException again) {
			// a second wakeup (another pause) landed first: the flag is consumed now
			return consumer.committed(partitions);
		}
	}

}
