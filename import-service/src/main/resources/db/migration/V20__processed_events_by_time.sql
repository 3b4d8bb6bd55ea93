-- processed_events rows are purged once no redelivery can bring their event again (ADR 0024);
-- rows are appended in time order, so a BRIN index finds the old ones for almost no cost per insert.
CREATE INDEX processed_events_by_time ON processed_events USING brin (processed_at);
