package dev.careers.worker.messaging;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.stereotype.Component;

/**
 * Interactive work first (ADR 22): while any interactive consumer thread of this worker has a record in
 * hand, the bulk container is paused (its consumers keep polling, so they keep their partitions, but get
 * nothing); when the last one is done, the bulk container resumes. A bulk document already in hand is
 * finished, never handed back. So a tenant's burst waits behind another tenant's small import, yet uses
 * every worker that has no interactive work.
 */
@Component
class Lanes {

	private static final Logger log = LoggerFactory.getLogger(Lanes.class);

	private final KafkaListenerEndpointRegistry containers;

	private int interactiveInHand;

	Lanes(KafkaListenerEndpointRegistry containers) {
		this.containers = containers;
	}

	// synchronized: the pause of one thread's first record must not overtake the resume of another's last
	synchronized void interactiveTaken() {
		if (interactiveInHand++ == 0) {
			bulk().pause();
			log.debug("Interactive request in hand: bulk lane paused");
		}
	}

	synchronized void interactiveDone() {
		if (--interactiveInHand == 0) {
			bulk().resume();
			log.debug("Interactive lane idle: bulk lane resumed");
		}
	}

	private MessageListenerContainer bulk() {
		return containers.getListenerContainer(ExtractionRequestListener.BULK_CONTAINER_ID);
	}

}
