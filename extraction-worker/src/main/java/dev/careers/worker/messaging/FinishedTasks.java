package dev.careers.worker.messaging;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * The most recent tasks this worker finished, so that a redelivered request for one of them (the
 * outbox publishing it twice, a rebalance after the result but before the offset commit) is
 * dropped instead of redone. Bounded: the oldest are forgotten first.
 */
@Component
class FinishedTasks {

	private final Map<UUID, Boolean> recent;

	FinishedTasks(TaskProperties settings) {
		int capacity = settings.rememberedTasks();
		this.recent = new LinkedHashMap<>(16, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<UUID, Boolean> eldest) {
				return size() > capacity;
			}
		};
	}

	synchronized void remember(UUID taskId) {
		recent.put(taskId, Boolean.TRUE);
	}

	synchronized boolean contains(UUID taskId) {
		return recent.containsKey(taskId);
	}

}
