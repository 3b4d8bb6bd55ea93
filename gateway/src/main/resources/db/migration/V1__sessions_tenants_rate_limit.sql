-- The gateway's state, shared by every replica (ADR 0023).

-- Browser sessions: Spring Session JDBC's PostgreSQL schema, with room for the gateway's 43-character ids.
CREATE TABLE spring_session (
    primary_id            CHAR(36)     NOT NULL,
    session_id            VARCHAR(64)  NOT NULL,
    creation_time         BIGINT       NOT NULL,
    last_access_time      BIGINT       NOT NULL,
    max_inactive_interval INT          NOT NULL,
    expiry_time           BIGINT       NOT NULL,
    -- the tenant: the cap on sessions per tenant finds them by it
    principal_name        VARCHAR(100),
    CONSTRAINT spring_session_pk PRIMARY KEY (primary_id)
);

CREATE UNIQUE INDEX spring_session_ix1 ON spring_session (session_id);
CREATE INDEX spring_session_ix2 ON spring_session (expiry_time);
CREATE INDEX spring_session_ix3 ON spring_session (principal_name);

CREATE TABLE spring_session_attributes (
    session_primary_id CHAR(36)     NOT NULL,
    attribute_name     VARCHAR(200) NOT NULL,
    attribute_bytes    BYTEA        NOT NULL,
    CONSTRAINT spring_session_attributes_pk PRIMARY KEY (session_primary_id, attribute_name),
    CONSTRAINT spring_session_attributes_fk FOREIGN KEY (session_primary_id)
        REFERENCES spring_session (primary_id) ON DELETE CASCADE
);

-- Tenants and their API keys: only the SHA-256 of a key is kept. A tenant may hold several keys
-- (a new one beside the old while clients move over). Add a tenant with
--   INSERT INTO gateway.tenant_api_keys (tenant_id, api_key_sha256) VALUES ('acme', sha256(convert_to('the-key', 'UTF8')));
CREATE TABLE tenant_api_keys (
    api_key_sha256 BYTEA       NOT NULL PRIMARY KEY CHECK (length(api_key_sha256) = 32),
    tenant_id      VARCHAR(64) NOT NULL CHECK (tenant_id ~ '^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$'),
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX tenant_api_keys_tenant ON tenant_api_keys (tenant_id);

-- Bucket4j's token buckets, one per tenant and rate setting, shared by every replica.
CREATE TABLE rate_limit_buckets (
    bucket_key VARCHAR(128) NOT NULL PRIMARY KEY,
    state      BYTEA
);
