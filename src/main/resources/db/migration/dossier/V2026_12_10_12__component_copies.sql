-- Each component of a dossier may have its electronic copy (the scan made at the counter, the citizen's upload): a
-- dossier is digitised (Decision 766 indicator 4.1) when every component handed in has one — no longer when any one
-- file was scanned. Scans attached before this were not tied to a paper, so no earlier dossier counts as digitised.
alter table dossier_component add column copy_file_id uuid;

create or replace view dossier_facts as
select d.code, d.unit_code, d.procedure_code, d.procedure_version, p.field, d.channel, d.status, d.received_at,
       d.legal_due_at, d.finished_at, d.late_by_supplement, d.supplement_count, d.rating, d.returned_at,
       case
           when d.finished_at is null then null
           when d.status = 'WITHDRAWN' then 'WITHDRAWN'
           else coalesce(d.timeliness, 'ON_TIME') end as outcome,
       exists (select 1 from dossier_component c where c.dossier_code = d.code and c.provided)
           and not exists (select 1 from dossier_component c
                           where c.dossier_code = d.code and c.provided and c.copy_file_id is null) as scanned,
       exists (select 1 from stored_file f
               where f.owner_kind = 'DOSSIER' and f.owner_ref = d.code and f.kind = 'RESULT' and f.signed) as result_signed,
       d.portal_synced_at,
       p.fee > 0 as fee_bearing,
       exists (select 1 from dossier_payment x
               where x.dossier_code = d.code and x.kind = 'PAYMENT' and x.method = 'ONLINE') as paid_online
from dossier d
         join procedure p on p.code = d.procedure_code and p.version = d.procedure_version;
