-- Jobs: one per posting URL or JD PDF of a tenant. The posting fields are what the latest current
-- extraction found, unless the user edited them (edited_fields); Required Skills are the extracted
-- ones minus those removed by hand, plus those added by hand.
CREATE TABLE jobs (
    id               UUID PRIMARY KEY,
    tenant_id        TEXT        NOT NULL,
    -- exactly one source: a posting URL, or a JD PDF (its file name and current document)
    source_url       TEXT,
    source_file_name TEXT,
    document_id      UUID REFERENCES documents (id),
    document_sha256  TEXT,
    title            TEXT,
    company          TEXT,
    locations        JSONB       NOT NULL DEFAULT '[]',
    employment_type  TEXT,
    remote           BOOLEAN,
    salary           TEXT,
    date_posted      TEXT,
    valid_through    TEXT,
    description      TEXT,
    -- where the worker found the posting (after redirects) and which parser path read it
    page_url         TEXT,
    parsed_by        TEXT,
    extracted_skills JSONB       NOT NULL DEFAULT '[]',
    manual_skills    JSONB       NOT NULL DEFAULT '[]',
    removed_skills   JSONB       NOT NULL DEFAULT '[]',
    edited_fields    JSONB       NOT NULL DEFAULT '[]',
    import_id        UUID,
    current_task_id  UUID        NOT NULL REFERENCES extraction_tasks (id),
    created_at       TIMESTAMPTZ NOT NULL,
    updated_at       TIMESTAMPTZ NOT NULL,
    CHECK ((source_url IS NULL) <> (source_file_name IS NULL)),
    -- importing the same URL or file name again updates the job instead of creating another
    UNIQUE (tenant_id, source_url),
    UNIQUE (tenant_id, source_file_name)
);
CREATE INDEX jobs_tenant_idx ON jobs (tenant_id, created_at DESC, id);
CREATE INDEX jobs_sha_idx ON jobs (tenant_id, document_sha256);
