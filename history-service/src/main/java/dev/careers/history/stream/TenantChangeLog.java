package dev.careers.history.stream;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The latest changes sent to one tenant's streams, numbered {@code <log>-<sequence>} so a client
 * can resume after its last event id. The log part changes whenever the log is made anew (service
 * restart, tenant unwatched past the resume window): an id of another log cannot be resumed.
 */
final class TenantChangeLog {

	private final String logId = UUID.randomUUID().toString().substring(0, 8);

	private final Deque<Entry> entries = new ArrayDeque<>();

	private final int capacity;

	private long lastSequence;

	TenantChangeLog(int capacity) {
		this.capacity = capacity;
	}

	synchronized StreamEvent append(String name, Object data) {
		lastSequence++;
		StreamEvent event = new StreamEvent(logId + "-" + lastSequence, name, data);
		entries.addLast(new Entry(lastSequence, event));
		if (entries.size() > capacity) {
			entries.removeFirst();
		}
		return event;
	}

	/** The id of the latest change, from which a client that reloads its lists can go on. */
	synchronized String lastEventId() {
		return logId + "-" + lastSequence;
	}

	/**
	 * The changes after {@code lastEventId}, or empty when they cannot be told: the id belongs to
	 * another log, or changes after it have already left the buffer.
	 */
	synchronized Optional<List<StreamEvent>> since(String lastEventId) {
		String prefix = logId + "-";
		if (!lastEventId.startsWith(prefix)) {
			return Optional.empty();
		}
		long sequence;
		try {
			sequence = Long.parseLong(lastEventId.substring(prefix.length()));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
		long oldestKept = entries.isEmpty() ? lastSequence + 1 : entries.peekFirst().sequence();
		if (sequence > lastSequence || sequence < oldestKept - 1) {
			return Optional.empty();
		}
		return Optional.of(entries.stream().filter(entry -> entry.sequence() > sequence).map(Entry::event).toList());
	}

	private record Entry(long sequence, StreamEvent event) {
	}

}
