-- Fair share between tenants (ADR 22): a new task counts its tenant's open tasks, up to the interactive
-- share, to choose its lane; this partial index holds only open tasks, so the count reads at most that many
-- index entries however large the tenant's history or its queued burst.
CREATE INDEX extraction_tasks_tenant_open_idx ON extraction_tasks (tenant_id) WHERE status IN ('QUEUED', 'RUNNING');

-- The stuck-task sweep counts its deadline from pick-up (ADR 0011, ADR 22): it looks at running tasks only, so a
-- queued burst of thousands is no longer in the index it scans.
DROP INDEX extraction_tasks_open_idx;
CREATE INDEX extraction_tasks_running_idx ON extraction_tasks (last_event_at) WHERE status = 'RUNNING';
