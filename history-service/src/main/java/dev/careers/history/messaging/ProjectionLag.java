package dev.careers.history.messaging;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.careers.events.CareersEvent;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.stereotype.Component;

/** {@code careers.projection.lag{topic}}: from an event's time to the commit of its row change. */
@Component
class ProjectionLag {

	private final MeterRegistry registry;

	private final Map<String, Timer> timers = new ConcurrentHashMap<>();

	ProjectionLag(MeterRegistry registry) {
		this.registry = registry;
	}

	void recordCommitted(List<ConsumerRecord<String, CareersEvent>> records) {
		Instant committed = Instant.now();
		for (ConsumerRecord<String, CareersEvent> record : records) {
			Duration lag = Duration.between(record.value().occurredAt(), committed);
			timer(record.topic()).record(lag.isNegative() ? Duration.ZERO : lag);
		}
	}

	private Timer timer(String topic) {
		return timers.computeIfAbsent(topic, name -> Timer.builder("careers.projection.lag")
			.description("Time from an event's occurrence to the commit of the read-model change it caused")
			.tag("topic", name)
			.publishPercentileHistogram()
			.minimumExpectedValue(Duration.ofMillis(1))
			.maximumExpectedValue(Duration.ofMinutes(5))
			.register(registry));
	}

}
