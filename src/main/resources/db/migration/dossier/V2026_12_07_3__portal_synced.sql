-- When the national portal first confirmed it has the dossier (Decision 766 indicator 1.4: dossiers synchronised with
-- the portal), published with the dossiers' facts for statistics.
alter table dossier add column portal_synced_at timestamptz;

create or replace view dossier_facts as
select d.code, d.unit_code, d.procedure_code, d.procedure_version, p.field, d.channel, d.status, d.received_at,
       d.legal_due_at, d.finished_at, d.late_by_supplement, d.supplement_count, d.rating, d.returned_at,
       case
           when d.finished_at is null then null
           when d.status = 'WITHDRAWN' then 'WITHDRAWN'
           else coalesce(d.timeliness, 'ON_TIME') end as outcome,
       exists (select 1 from stored_file f
               where f.owner_kind = 'DOSSIER' and f.owner_ref = d.code and f.kind = 'COMPONENT') as scanned,
       exists (select 1 from stored_file f
               where f.owner_kind = 'DOSSIER' and f.owner_ref = d.code and f.kind = 'RESULT' and f.signed) as result_signed,
       d.portal_synced_at
from dossier d
         join procedure p on p.code = d.procedure_code and p.version = d.procedure_version;
