-- A snapshot of the read models, so the event topics can have a finite retention and a rebuild still
-- be possible: it restores the snapshot and replays only the records after its offsets (ADR 0026).
-- One snapshot is kept; taking a new one replaces it in one transaction.
--
-- Each snapshot table has the columns of its read-model table: a migration that adds a column to a
-- read model adds it here too (the copy names the read model's columns, so a forgotten one fails the
-- snapshot at once instead of losing the column's values).

create table snapshot_imports (like imports including generated);
create table snapshot_tasks (like tasks);
create table snapshot_possible_duplicates (like possible_duplicates);
create table snapshot_applicant_merges (like applicant_merges);
create table snapshot_processed_events (like processed_events);

create table read_model_snapshot (
    only_one boolean     primary key default true check (only_one),
    taken_at timestamptz not null
);

-- where the replay after a restore starts: every record before these offsets is in the snapshot
create table snapshot_offsets (
    topic       text    not null,
    partition   integer not null,
    next_offset bigint  not null,
    primary key (topic, partition)
);
