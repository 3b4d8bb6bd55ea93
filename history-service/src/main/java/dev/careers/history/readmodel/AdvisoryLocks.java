package dev.careers.history.readmodel;

/**
 * The PostgreSQL advisory locks through which the replicas of history-service coordinate: each is
 * the pair ({@link #SERVICE}, its own number), so they clash with no other user of the database.
 */
public final class AdvisoryLocks {

	/** "HIST" */
	public static final int SERVICE = 0x48495354;

	/** Taken by each change-log append until its commit: the log's numbers follow commit order. */
	public static final int CHANGE_LOG = 1;

	/**
	 * Shared by every live projection batch, exclusive while a rebuild empties and refills the
	 * read models: no replica projects into tables being rebuilt.
	 */
	public static final int READ_MODELS = 2;

	/**
	 * Held by the one replica running a rebuild, so a second request anywhere answers 409; shared by
	 * a snapshot of the read models while it copies them, so the two never overlap.
	 */
	public static final int REBUILD = 3;

	/** Held by the one replica taking a snapshot of the read models. */
	public static final int SNAPSHOT = 4;

	private AdvisoryLocks() {
	}

}
