-- The same person, twice (ADR 0019). An applicant's contact details in the forms they are compared
-- in: the email in lower case, the phone number in E.164. Null when the resume gave none.
ALTER TABLE applicants
    ADD COLUMN email_key   TEXT,
    ADD COLUMN phone_key   TEXT,
    -- set once a user merged this applicant into an older one: it is gone from lists, its id
    -- redirects to the applicant that kept its resumes
    ADD COLUMN merged_into UUID REFERENCES applicants (id),
    ADD COLUMN merged_at   TIMESTAMPTZ;

CREATE INDEX applicants_email_key_idx ON applicants (tenant_id, email_key) WHERE merged_into IS NULL;
CREATE INDEX applicants_phone_key_idx ON applicants (tenant_id, phone_key) WHERE merged_into IS NULL;

-- One row per pair found, older applicant first, so a pair is found once whichever side is read last.
CREATE TABLE possible_duplicates (
    tenant_id    TEXT        NOT NULL,
    applicant_id UUID        NOT NULL REFERENCES applicants (id),
    duplicate_id UUID        NOT NULL REFERENCES applicants (id),
    matched_on   TEXT        NOT NULL,
    -- the import that brought the newer applicant's resume; null for a profile upload
    import_id    UUID,
    found_at     TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (tenant_id, applicant_id, duplicate_id)
);
CREATE INDEX possible_duplicates_duplicate_idx ON possible_duplicates (tenant_id, duplicate_id);
