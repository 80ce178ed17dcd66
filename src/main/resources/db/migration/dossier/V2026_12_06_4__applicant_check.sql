-- Whether the applicant matches the national population database: true, false (differs; the fields in
-- applicant_differences, one a line) or null (not checked yet). Open dossiers not checked yet are checked again
-- when the database answers.
alter table dossier add column applicant_verified boolean;
alter table dossier add column applicant_checked_at timestamptz;
alter table dossier add column applicant_differences text;

create index dossier_applicant_unchecked on dossier (submitted_at) where applicant_verified is null and finished_at is null;
create index dossier_applicant_differs on dossier (unit_code, submitted_at)
    where applicant_verified = false and finished_at is null;
