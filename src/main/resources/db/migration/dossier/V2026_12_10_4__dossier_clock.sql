-- The legal clock of each received dossier as it stood from each moment on: the legal due time in force, whether the
-- clock was stopped (waiting for the applicant's supplement), and whether "once only" was already broken. Reports judge
-- an open dossier from the clock as it stood at the period's end, so a pause or a second supplement request after it
-- never changes a period already reported, and a dossier past due when its clock stopped stays overdue while it waits.
create table dossier_clock
(
    id                 bigint generated always as identity primary key,
    dossier_code       varchar(40) not null references dossier (code),
    at                 timestamptz not null,
    legal_due_at       timestamptz not null,
    paused             boolean     not null,
    late_by_supplement boolean     not null
);
create index dossier_clock_as_of on dossier_clock (dossier_code, at desc, id desc);

-- Dossiers received before this table: the clock as it stands now, from their receipt; one waiting now, stopped
-- since the last supplement request (its legal due as it stands, the one in force when the clock stopped).
insert into dossier_clock (dossier_code, at, legal_due_at, paused, late_by_supplement)
select code, received_at, legal_due_at, false, late_by_supplement and status <> 'WAITING_SUPPLEMENT'
from dossier where received_at is not null and legal_due_at is not null;
insert into dossier_clock (dossier_code, at, legal_due_at, paused, late_by_supplement)
select d.code, coalesce((select max(h.at) from dossier_history h where h.dossier_code = d.code
                          and h.action = 'request-supplement'), d.received_at), d.legal_due_at, true, d.late_by_supplement
from dossier d where d.received_at is not null and d.legal_due_at is not null and d.status = 'WAITING_SUPPLEMENT';

-- Overdue at {judge}: once only broken by then, or past its legal due time — for a clock stopped at {judge}, past due
-- already when it stopped. Not received by then: not overdue.
create function dossier_overdue_at(code varchar, judge timestamptz) returns boolean
    language sql stable as
$$
select coalesce((select case when k.late_by_supplement then true
                             when k.paused then k.legal_due_at < k.at
                             else k.legal_due_at < judge end
                 from dossier_clock k
                 where k.dossier_code = code and k.at <= judge
                 order by k.at desc, k.id desc
                 limit 1), false)
$$;
