package dev.careers.history.stream;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** One tenant's open streams on this replica. */
final class TenantStream {

	private final Set<SseEmitter> emitters = new LinkedHashSet<>();

	/**
	 * Adds a stream: first the "connected" line carrying the change-log number it starts from (a
	 * browser resumes from it even if no change comes), then what it missed.
	 */
	synchronized void open(SseEmitter emitter, long startsAfter, List<StreamEvent> missed) {
		try {
			emitter.send(SseEmitter.event().id(Long.toString(startsAfter)).comment("connected"));
		}
		catch (IOException | IllegalStateException gone) {
			emitter.completeWithError(gone);
			return;
		}
		for (StreamEvent event : missed) {
			if (!send(emitter, event)) {
				return;
			}
		}
		emitters.add(emitter);
	}

	synchronized void close(SseEmitter emitter) {
		emitters.remove(emitter);
	}

	synchronized boolean isEmpty() {
		return emitters.isEmpty();
	}

	synchronized void publish(List<StreamEvent> events) {
		for (SseEmitter emitter : List.copyOf(emitters)) {
			for (StreamEvent event : events) {
				if (!send(emitter, event)) {
					break;
				}
			}
		}
	}

	synchronized void heartbeat() {
		for (SseEmitter emitter : List.copyOf(emitters)) {
			try {
				emitter.send(SseEmitter.event().comment("heartbeat"));
			}
			catch (IOException | IllegalStateException gone) {
				drop(emitter, gone);
			}
		}
	}

	/** Sends, or drops a client that went away; answers whether it is still there. */
	private boolean send(SseEmitter emitter, StreamEvent event) {
		SseEmitter.SseEventBuilder builder = SseEmitter.event().name(event.name()).data(event.data());
		if (event.id() != null) {
			builder.id(event.id());
		}
		try {
			emitter.send(builder);
			return true;
		}
		catch (IOException | IllegalStateException gone) {
			drop(emitter, gone);
			return false;
		}
	}

	/** A client that went away: forget it; the container's callbacks finish the cleanup. */
	private void drop(SseEmitter emitter, Exception cause) {
		emitters.remove(emitter);
		emitter.completeWithError(cause);
	}

}
