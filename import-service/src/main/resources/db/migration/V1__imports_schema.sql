-- Every table carries tenant_id and every query filters by it: one tenant never sees another's rows.

CREATE TABLE imports (
    id               UUID PRIMARY KEY,
    tenant_id        TEXT        NOT NULL,
    type             TEXT        NOT NULL,
    label            TEXT        NOT NULL,
    status           TEXT        NOT NULL,
    created_at       TIMESTAMPTZ NOT NULL,
    last_activity_at TIMESTAMPTZ NOT NULL,
    finished_at      TIMESTAMPTZ,
    created          INT         NOT NULL DEFAULT 0,
    updated          INT         NOT NULL DEFAULT 0,
    skipped          INT         NOT NULL DEFAULT 0,
    errors           INT         NOT NULL DEFAULT 0
);
CREATE INDEX imports_tenant_idx ON imports (tenant_id, created_at DESC);
-- the idle sweep only ever looks at open imports
CREATE INDEX imports_open_idx ON imports (last_activity_at) WHERE status = 'IN_PROGRESS';

CREATE TABLE documents (
    id           UUID PRIMARY KEY,
    tenant_id    TEXT        NOT NULL,
    content_type TEXT        NOT NULL,
    size_bytes   BIGINT      NOT NULL,
    sha256       TEXT        NOT NULL,
    content      BYTEA       NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX documents_tenant_idx ON documents (tenant_id, id);

CREATE TABLE task_counters (
    tenant_id   TEXT PRIMARY KEY,
    last_number BIGINT NOT NULL
);

CREATE TABLE extraction_tasks (
    id            UUID PRIMARY KEY,
    tenant_id     TEXT        NOT NULL,
    task_number   BIGINT      NOT NULL,
    kind          TEXT        NOT NULL,
    record_kind   TEXT        NOT NULL,
    record_id     UUID        NOT NULL,
    attempt       INT         NOT NULL,
    import_id     UUID,
    status        TEXT        NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL,
    started_at    TIMESTAMPTZ,
    finished_at   TIMESTAMPTZ,
    error_code    TEXT,
    error_message TEXT,
    error_hint    TEXT,
    UNIQUE (tenant_id, task_number)
);
CREATE INDEX extraction_tasks_record_idx ON extraction_tasks (tenant_id, record_id);

CREATE TABLE applicants (
    id               UUID PRIMARY KEY,
    tenant_id        TEXT        NOT NULL,
    source_file_name TEXT        NOT NULL,
    name             TEXT        NOT NULL,
    email            TEXT,
    phone            TEXT,
    links            JSONB       NOT NULL DEFAULT '[]',
    current_version  INT         NOT NULL,
    current_task_id  UUID        NOT NULL,
    created_at       TIMESTAMPTZ NOT NULL,
    updated_at       TIMESTAMPTZ NOT NULL,
    -- a second upload of the same file name updates the applicant instead of creating another
    UNIQUE (tenant_id, source_file_name)
);
CREATE INDEX applicants_tenant_idx ON applicants (tenant_id, created_at DESC, id);

CREATE TABLE resume_versions (
    tenant_id    TEXT        NOT NULL,
    applicant_id UUID        NOT NULL REFERENCES applicants (id),
    version      INT         NOT NULL,
    document_id  UUID        NOT NULL REFERENCES documents (id),
    file_name    TEXT        NOT NULL,
    size_bytes   BIGINT      NOT NULL,
    sha256       TEXT        NOT NULL,
    uploaded_at  TIMESTAMPTZ NOT NULL,
    import_id    UUID,
    task_id      UUID        NOT NULL REFERENCES extraction_tasks (id),
    -- skills stay with the version they were found in
    skills       JSONB,
    PRIMARY KEY (applicant_id, version)
);
CREATE INDEX resume_versions_sha_idx ON resume_versions (tenant_id, sha256);
CREATE UNIQUE INDEX resume_versions_task_idx ON resume_versions (task_id);

CREATE TABLE processed_events (
    event_id     UUID PRIMARY KEY,
    tenant_id    TEXT        NOT NULL,
    processed_at TIMESTAMPTZ NOT NULL
);

-- Spring Modulith's event publication registry (schema v2): the transactional outbox
CREATE TABLE event_publication (
    id                     UUID        NOT NULL PRIMARY KEY,
    listener_id            TEXT        NOT NULL,
    event_type             TEXT        NOT NULL,
    serialized_event       TEXT        NOT NULL,
    publication_date       TIMESTAMPTZ NOT NULL,
    completion_date        TIMESTAMPTZ,
    status                 TEXT,
    completion_attempts    INT,
    last_resubmission_date TIMESTAMPTZ
);
CREATE INDEX event_publication_serialized_event_hash_idx ON event_publication USING hash (serialized_event);
CREATE INDEX event_publication_by_completion_date_idx ON event_publication (completion_date);
