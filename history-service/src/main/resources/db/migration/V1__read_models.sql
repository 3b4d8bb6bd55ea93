-- Read models of Import History and Background Tasks. Every row belongs to one tenant: the tenant
-- is part of every primary key, so ids of one tenant can never reach another tenant's rows.

-- Event ids already applied, written in the same transaction as the row change they caused.
create table processed_events (
    tenant_id    text        not null,
    event_id     uuid        not null,
    topic        text        not null,
    processed_at timestamptz not null default now(),
    primary key (tenant_id, event_id)
);

create table imports (
    tenant_id        text        not null,
    id               uuid        not null,
    -- ImportStarted's time once it has arrived; until then the earliest event seen
    created_at       timestamptz not null,
    started          boolean     not null default false,
    type             text,
    label            text,
    has_file_source  boolean     not null default false,
    created          integer     not null default 0,
    updated          integer     not null default 0,
    skipped          integer     not null default 0,
    errors           integer     not null default 0,
    -- the totals that ImportCompleted or ImportFailed announced, and which of them arrived
    expected_created integer,
    expected_updated integer,
    expected_skipped integer,
    expected_errors  integer,
    closing          text,
    failure_reason   text,
    -- derived, so it is right whatever order the counts and the closing event arrive in
    status           text generated always as (
        case
            when closing = 'FAILED' then 'FAILED'
            when closing = 'COMPLETED'
                and created >= expected_created and updated >= expected_updated
                and skipped >= expected_skipped and errors >= expected_errors then 'COMPLETED'
            else 'IN_PROGRESS'
        end) stored,
    last_event_at    timestamptz not null,
    updated_at       timestamptz not null default now(),
    primary key (tenant_id, id)
);

create index imports_newest_first on imports (tenant_id, created_at desc, id desc);
create index imports_by_type_newest_first on imports (tenant_id, type, created_at desc, id desc);

-- Status order for tasks: a status only ever moves up, so late or repeated events cannot move a
-- finished task back. COMPLETED outranks FAILED: a result that exists wins over a failure report.
create function task_status_rank(status text) returns integer
    language sql immutable
    as $$ select case status when 'QUEUED' then 0 when 'RUNNING' then 1 when 'FAILED' then 2 when 'COMPLETED' then 3 end $$;

create table tasks (
    tenant_id       text             not null,
    id              uuid             not null,
    number          bigint,
    kind            text             not null,
    status          text             not null,
    record_id       uuid             not null,
    import_id       uuid,
    source_name     text,
    attempt         integer          not null default 1,
    -- ExtractionRequested's time once it has arrived; until then the earliest event seen
    created_at      timestamptz      not null,
    requested       boolean          not null default false,
    started_at      timestamptz,
    finished_at     timestamptz,
    -- a task has one item (its document or posting) unless an event says otherwise
    items_total     integer          not null default 1,
    items_completed integer          not null default 0,
    items_succeeded integer          not null default 0,
    progress        double precision not null default 0,
    error_code      text,
    error_message   text,
    error_hint      text,
    last_event_at   timestamptz      not null,
    updated_at      timestamptz      not null default now(),
    primary key (tenant_id, id)
);

create index tasks_newest_first on tasks (tenant_id, created_at desc, id desc);
create index tasks_by_kind_newest_first on tasks (tenant_id, kind, created_at desc, id desc);
create index tasks_by_status_newest_first on tasks (tenant_id, kind, status, created_at desc, id desc);
