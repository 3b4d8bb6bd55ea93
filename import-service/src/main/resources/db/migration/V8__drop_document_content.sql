-- The bytes now live in the document store (V7 moved them); tasks name them by content_key (V6).
ALTER TABLE documents DROP COLUMN content;
ALTER TABLE extraction_tasks DROP COLUMN content_url;
