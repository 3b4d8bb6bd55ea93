-- The same person, twice (ADR 0019): the possible duplicate pairs import-service found, each counted
-- on the import that brought the newer applicant's resume, and the merges that joined applicants.
-- Both are sets keyed by what they are about, so a repeated or reordered event changes nothing.
create table possible_duplicates (
    tenant_id    text        not null,
    applicant_id uuid        not null,
    duplicate_id uuid        not null,
    -- null when the newer resume was uploaded on a profile, not in an import
    import_id    uuid,
    matched_on   text        not null,
    found_at     timestamptz not null,
    primary key (tenant_id, applicant_id, duplicate_id)
);

create index possible_duplicates_by_import on possible_duplicates (tenant_id, import_id);

create table applicant_merges (
    tenant_id           text        not null,
    merged_applicant_id uuid        not null,
    applicant_id        uuid        not null,
    current_version     integer     not null,
    merged_at           timestamptz not null,
    primary key (tenant_id, merged_applicant_id)
);
