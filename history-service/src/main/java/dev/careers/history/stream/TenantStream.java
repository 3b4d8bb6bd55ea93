package dev.careers.history.stream;

import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** One tenant's open streams and the log of changes they were sent. */
final class TenantStream {

	private final TenantChangeLog log;

	private final Set<SseEmitter> emitters = new LinkedHashSet<>();

	private Instant unwatchedSince;

	TenantStream(int replayBufferSize, Instant now) {
		this.log = new TenantChangeLog(replayBufferSize);
		this.unwatchedSince = now;
	}

	/**
	 * Adds a stream, first sending what it missed after {@code lastEventId} (if given), or a
	 * {@code reset} when that is no longer known.
	 */
	synchronized void open(SseEmitter emitter, String lastEventId) {
		// a first line at once tells the client (and any proxy) the stream is live
		comment(emitter, "connected");
		if (lastEventId != null) {
			Optional<List<StreamEvent>> missed = log.since(lastEventId);
			if (missed.isPresent()) {
				missed.get().forEach(event -> send(emitter, event));
			}
			else {
				send(emitter, new StreamEvent(log.lastEventId(), StreamEvent.RESET,
						Map.of("reason", "Changes after the last event are no longer kept: reload the lists.")));
			}
		}
		emitters.add(emitter);
		unwatchedSince = null;
	}

	synchronized void close(SseEmitter emitter, Instant now) {
		if (emitters.remove(emitter) && emitters.isEmpty()) {
			unwatchedSince = now;
		}
	}

	synchronized void publish(String name, Object data) {
		StreamEvent event = log.append(name, data);
		List.copyOf(emitters).forEach(emitter -> send(emitter, event));
	}

	synchronized void heartbeat() {
		List.copyOf(emitters).forEach(emitter -> comment(emitter, "heartbeat"));
	}

	synchronized boolean unwatchedBefore(Instant cutoff) {
		return unwatchedSince != null && unwatchedSince.isBefore(cutoff);
	}

	private void send(SseEmitter emitter, StreamEvent event) {
		try {
			emitter.send(SseEmitter.event().id(event.id()).name(event.name()).data(event.data()));
		}
		catch (IOException | IllegalStateException gone) {
			drop(emitter, gone);
		}
	}

	private void comment(SseEmitter emitter, String comment) {
		try {
			emitter.send(SseEmitter.event().comment(comment));
		}
		catch (IOException | IllegalStateException gone) {
			drop(emitter, gone);
		}
	}

	/** A client that went away: forget it; the container's callbacks finish the cleanup. */
	private void drop(SseEmitter emitter, Exception cause) {
		if (emitters.remove(emitter) && emitters.isEmpty()) {
			unwatchedSince = Instant.now();
		}
		emitter.completeWithError(cause);
	}

}
