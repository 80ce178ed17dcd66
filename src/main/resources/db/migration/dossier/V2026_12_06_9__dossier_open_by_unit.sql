-- Dossiers open at a period's end, read from the index alone: what judging them needs is in it.
create index dossier_open_by_unit on dossier (unit_code, legal_due_at)
    include (status, late_by_supplement, procedure_code, procedure_version, received_at)
    where received_at is not null and finished_at is null;
