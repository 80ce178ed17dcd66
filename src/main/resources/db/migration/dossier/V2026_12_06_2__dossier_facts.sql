-- The dossier module's published read model for statistics: one row per dossier with what reports count it by
-- (unit, field of the procedure version it was received under, channel, dates, outcome), and no personal data.
-- outcome: null while open; WITHDRAWN; else the timeliness (EARLY, ON_TIME, LATE) it finished with.
-- scanned: a component was scanned into it; result_signed: its result was issued as a signed electronic paper.
create view dossier_facts as
select d.code, d.unit_code, d.procedure_code, d.procedure_version, p.field, d.channel, d.status, d.received_at,
       d.legal_due_at, d.finished_at, d.late_by_supplement, d.supplement_count, d.rating, d.returned_at,
       case
           when d.finished_at is null then null
           when d.status = 'WITHDRAWN' then 'WITHDRAWN'
           else coalesce(d.timeliness, 'ON_TIME') end as outcome,
       exists (select 1 from stored_file f
               where f.owner_kind = 'DOSSIER' and f.owner_ref = d.code and f.kind = 'COMPONENT') as scanned,
       exists (select 1 from stored_file f
               where f.owner_kind = 'DOSSIER' and f.owner_ref = d.code and f.kind = 'RESULT' and f.signed) as result_signed
from dossier d
         join procedure p on p.code = d.procedure_code and p.version = d.procedure_version;

-- Dossiers open at a period's end: not yet finished, or finished after it.
create index dossier_by_unit_finished on dossier (unit_code, finished_at) where received_at is not null;
