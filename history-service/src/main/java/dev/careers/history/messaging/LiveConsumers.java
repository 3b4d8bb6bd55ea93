package dev.careers.history.messaging;

import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.stereotype.Component;

/** Stops and restarts the live projection consumers, for work that must not run beside them. */
@Component
public class LiveConsumers {

	private final KafkaListenerEndpointRegistry registry;

	LiveConsumers(KafkaListenerEndpointRegistry registry) {
		this.registry = registry;
	}

	/** Stops consuming; returns once every consumer has committed its offsets and left. */
	public void stop() {
		container().stop();
	}

	public void start() {
		container().start();
	}

	private MessageListenerContainer container() {
		MessageListenerContainer container = registry.getListenerContainer(ProjectionListener.ID);
		if (container == null) {
			throw new IllegalStateException("No listener container " + ProjectionListener.ID);
		}
		return container;
	}

}
