-- A worker's result finds its applicant by the task that read it (ApplicantResults, then DuplicateDetection), twice
-- per document: without this index each of those lookups read every applicant of every tenant, a cost per document
-- that grew with the table (a 10,000-resume import read the table 20,000 times).
CREATE INDEX applicants_current_task_idx ON applicants (tenant_id, current_task_id) WHERE merged_into IS NULL;
