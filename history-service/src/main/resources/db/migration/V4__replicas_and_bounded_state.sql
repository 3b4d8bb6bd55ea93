-- history-service at N replicas (ADR 0024).

-- The live stream's change log: which rows each committed projection batch changed, per tenant,
-- numbered in commit order (writers take an advisory lock just before they append, so a higher
-- number is never visible before a lower one). Every replica streams from it, and a client's
-- Last-Event-ID is a number of it, so it means the same on every replica. Purged after the
-- stream's resume window.
create table stream_changes (
    seq        bigint generated always as identity primary key,
    tenant_id  text        not null,
    task_ids   uuid[]      not null,
    import_ids uuid[]      not null,
    changed_at timestamptz not null default now()
);

create index stream_changes_by_tenant on stream_changes (tenant_id, seq);

-- processed_events rows are purged once no redelivery can bring their event again; rows are
-- appended in time order, so a BRIN index finds the old ones for almost no cost per insert.
create index processed_events_by_time on processed_events using brin (processed_at);
