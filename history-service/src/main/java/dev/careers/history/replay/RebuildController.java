package dev.careers.history.replay;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operators' endpoints, never routed by the gateway: a rebuild of every tenant's read models, and
 * a snapshot of them taken now rather than when the schedule says. Each answers when done; while
 * either runs on any replica, the other answers 409.
 */
@RestController
class RebuildController {

	private final ReadModelRebuild rebuild;

	private final SnapshotTaker snapshots;

	RebuildController(ReadModelRebuild rebuild, SnapshotTaker snapshots) {
		this.rebuild = rebuild;
		this.snapshots = snapshots;
	}

	@PostMapping("/internal/admin/replay")
	RebuildReport replay() {
		return rebuild.rebuild();
	}

	@PostMapping("/internal/admin/snapshot")
	SnapshotReport snapshot() {
		return snapshots.take(true).orElseThrow(ReadModelsBusyException::new);
	}

}
