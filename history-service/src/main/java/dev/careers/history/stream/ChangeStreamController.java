package dev.careers.history.stream;

import dev.careers.support.tenancy.TenantId;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

@RestController
class ChangeStreamController {

	private final ChangeStream stream;

	ChangeStreamController(ChangeStream stream) {
		this.stream = stream;
	}

	/** Server-sent {@code task} and {@code import} changes of the caller's tenant. */
	@GetMapping(path = "/api/history/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	SseEmitter stream(TenantId tenant, @RequestHeader(name = "Last-Event-ID", required = false) String lastEventId) {
		return stream.open(tenant.value(), lastEventId);
	}

}
