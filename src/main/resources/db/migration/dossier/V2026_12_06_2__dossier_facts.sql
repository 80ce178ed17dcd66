-- The dossier module's published read model for statistics: one row per dossier with what reports count it by
-- (unit, field of the procedure version it was received under, channel, dates, outcome), and no personal data.
-- outcome: null while open; WITHDRAWN; else the timeliness (EARLY, ON_TIME, LATE) it finished with.
create view dossier_facts as
select d.code, d.unit_code, d.procedure_code, d.procedure_version, p.field, d.channel, d.status, d.received_at,
       d.legal_due_at, d.finished_at, d.late_by_supplement, d.supplement_count, d.rating, d.returned_at,
       case
           when d.finished_at is null then null
           when d.status = 'WITHDRAWN' then 'WITHDRAWN'
           else coalesce(d.timeliness, 'ON_TIME') end as outcome
from dossier d
         join procedure p on p.code = d.procedure_code and p.version = d.procedure_version;

-- Dossiers open at a period's end: not yet finished, or finished after it.
create index dossier_by_unit_finished on dossier (unit_code, finished_at) where received_at is not null;
