-- A task keeps what its request named (ADR 0011) in columns of its own, instead of a JSON copy of
-- the whole ExtractionRequested beside the outbox's: the stuck-task sweep rebuilds the request from
-- the task row, and an upload no longer serialises the event a second time.
ALTER TABLE extraction_tasks
    ADD COLUMN source_name  TEXT,
    ADD COLUMN content_url  TEXT,
    ADD COLUMN content_type TEXT,
    ADD COLUMN posting_url  TEXT;

UPDATE extraction_tasks
SET source_name  = request ->> 'sourceName',
    content_url  = request ->> 'contentUrl',
    content_type = request ->> 'contentType',
    posting_url  = request ->> 'postingUrl'
WHERE request IS NOT NULL;

ALTER TABLE extraction_tasks DROP COLUMN request;
