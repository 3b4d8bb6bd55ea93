-- What the stuck-task sweep needs (ADR 0011): when a task last heard from a worker, whether it was
-- re-queued, the request to send again, and which TIMEOUT the sweep itself decided (a late answer
-- from a worker may still replace that one).
ALTER TABLE extraction_tasks
    -- open tasks that existed before this column get a fresh deadline, not an instant timeout
    ADD COLUMN last_event_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    ADD COLUMN requeued_at      TIMESTAMPTZ,
    -- the ExtractionRequested as first sent (EventSerde JSON); null for tasks older than this column
    ADD COLUMN request          JSONB,
    ADD COLUMN timeout_event_id UUID;

-- the sweep only ever looks at open tasks
CREATE INDEX extraction_tasks_open_idx ON extraction_tasks (last_event_at) WHERE status IN ('QUEUED', 'RUNNING');
