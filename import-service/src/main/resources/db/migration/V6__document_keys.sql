-- Documents move out of the database into the document store (ADR 0020). A task names its content
-- by the store's key (tenant/sha256) instead of an internal URL of this service.
ALTER TABLE extraction_tasks ADD COLUMN content_key TEXT;

UPDATE extraction_tasks t
SET content_key = d.tenant_id || '/' || d.sha256
FROM documents d
WHERE t.content_url IS NOT NULL
  AND d.tenant_id = t.tenant_id
  AND d.id = substring(t.content_url FROM '/internal/documents/([0-9a-f-]{36})/content$')::uuid;

-- new rows no longer carry the bytes; V8 drops the column once V7 has moved them
ALTER TABLE documents ALTER COLUMN content DROP NOT NULL;

-- the orphan sweep asks, per object, whether a document or a task still names it
CREATE INDEX documents_key_idx ON documents (tenant_id, sha256);
CREATE INDEX extraction_tasks_content_key_idx ON extraction_tasks (content_key) WHERE content_key IS NOT NULL;
