package dev.careers.history.replay;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operators' endpoint, never routed by the gateway: it rebuilds every tenant's read models. It
 * answers when the rebuild is done; a second call meanwhile answers 409.
 */
@RestController
class RebuildController {

	private final ReadModelRebuild rebuild;

	RebuildController(ReadModelRebuild rebuild) {
		this.rebuild = rebuild;
	}

	@PostMapping("/internal/admin/replay")
	RebuildReport replay() {
		return rebuild.rebuild();
	}

}
