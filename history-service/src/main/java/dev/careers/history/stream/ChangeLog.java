package dev.careers.history.stream;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.careers.history.readmodel.AdvisoryLocks;
import dev.careers.history.readmodel.ReadModelsChanged;
import dev.careers.history.readmodel.SqlValues;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The change log in the database that every replica streams from: one entry per tenant per
 * committed projection batch, numbered in commit order. Its numbers are the stream's event ids, so
 * a client can resume on any replica.
 */
@Component
class ChangeLog {

	private static final Logger log = LoggerFactory.getLogger(ChangeLog.class);

	/**
	 * Held from the append to the commit, so entries become visible in the order of their numbers:
	 * a reader that saw number n has seen every entry below it.
	 */
	private static final String APPEND_IN_COMMIT_ORDER = "select pg_advisory_xact_lock(" + AdvisoryLocks.SERVICE
			+ ", " + AdvisoryLocks.CHANGE_LOG + ")";

	private final JdbcClient jdbc;

	private final StreamProperties properties;

	ChangeLog(JdbcClient jdbc, StreamProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
	}

	/** Appends what a projection batch changed, in its transaction (this listener runs inside it). */
	@EventListener
	void append(ReadModelsChanged changes) {
		jdbc.sql(APPEND_IN_COMMIT_ORDER).query().singleRow();
		for (String tenant : changes.tenants()) {
			jdbc.sql("insert into stream_changes (tenant_id, task_ids, import_ids) values (:tenant, :tasks, :imports)")
				.param("tenant", tenant)
				.param("tasks", uuids(changes.tasksByTenant().getOrDefault(tenant, Set.of())))
				.param("imports", uuids(changes.importsByTenant().getOrDefault(tenant, Set.of())))
				.update();
		}
	}

	/** The number of the latest committed entry, 0 before the first. */
	long head() {
		return jdbc.sql("select coalesce(max(seq), 0) from stream_changes").query(Long.class).single();
	}

	/**
	 * Whether a client whose last event was {@code seq} can be told every change after it: the
	 * entries after it are all still kept, and it is not ahead of the log.
	 */
	boolean canResumeAfter(long seq) {
		Map<String, Object> bounds = jdbc.sql("select coalesce(min(seq), 1) as oldest, coalesce(max(seq), 0) as head from stream_changes")
			.query()
			.singleRow();
		return seq >= ((Number) bounds.get("oldest")).longValue() - 1 && seq <= ((Number) bounds.get("head")).longValue();
	}

	/** The entries of these tenants numbered after {@code after} up to {@code upTo}. */
	List<Entry> between(long after, long upTo, Collection<String> tenants) {
		if (tenants.isEmpty() || upTo <= after) {
			return List.of();
		}
		return jdbc.sql("""
				select tenant_id, task_ids, import_ids from stream_changes
				where seq > :after and seq <= :upTo and tenant_id = any(:tenants)
				order by seq
				""")
			.param("after", after)
			.param("upTo", upTo)
			.param("tenants", new SqlArrayValue("text", tenants.toArray()))
			.query(ChangeLog::toEntry)
			.list();
	}

	/**
	 * Forgets entries older than the resume window, always keeping the latest, which tells how far
	 * the log has come. Every replica runs it; the deletes do not conflict.
	 */
	@Scheduled(fixedDelayString = "${careers.history.stream.purge-interval:1m}", initialDelayString = "${careers.history.stream.purge-interval:1m}")
	void purge() {
		int purged = jdbc.sql("""
				delete from stream_changes
				where changed_at < :cutoff and seq < (select max(seq) from stream_changes)
				""")
			.param("cutoff", SqlValues.timestamp(Instant.now().minus(properties.resumeWindow())))
			.update();
		if (purged > 0) {
			log.debug("Purged {} stream change log entries older than {}", purged, properties.resumeWindow());
		}
	}

	private static SqlArrayValue uuids(Set<UUID> ids) {
		return new SqlArrayValue("uuid", ids.toArray());
	}

	private static Entry toEntry(ResultSet row, int rowNumber) throws SQLException {
		return new Entry(row.getString("tenant_id"), uuids(row.getArray("task_ids")), uuids(row.getArray("import_ids")));
	}

	private static List<UUID> uuids(Array array) throws SQLException {
		return List.of((UUID[]) array.getArray());
	}

	/** The tasks and imports of one tenant that one projection batch changed. */
	record Entry(String tenantId, List<UUID> taskIds, List<UUID> importIds) {
	}

}
