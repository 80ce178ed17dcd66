-- The rollups grow what Decision 766 asks of the national portal and of fees, each counted on the day the dossier was
-- received: the dossiers the portal has (1.4; a happening of its own, applied once, since the portal confirms later),
-- those whose procedure has a fee and of them those paid online (3.5; an online payment comes before receipt, so both
-- are known then); and the procedures whose fee was paid online, per unit and day of receipt (3.6: the share of the
-- procedures with a fee actually paid online; a row where at least one dossier was, so few rows). The recount learns
-- them all; everything is then recomputed from the dossiers. (The portal's count came with V2026_12_07_4 where that
-- shipped first: hence "if not exists".)
alter table report_day add column if not exists synced int not null default 0, add column fee_bearing int not null default 0,
    add column paid_online int not null default 0;
alter table report_month add column if not exists synced int not null default 0, add column fee_bearing int not null default 0,
    add column paid_online int not null default 0;

alter table report_applied drop constraint report_applied_kind_check;
alter table report_applied add constraint report_applied_kind_check check (kind in ('RECEIVED', 'FINISHED', 'RATED', 'SYNCED'));

create table report_paid_procedure (
    unit_code      varchar(13) not null,
    procedure_code varchar(32) not null,
    day            date        not null,
    primary key (unit_code, day, procedure_code)
);

create or replace function report_rollups_rebuild() returns bigint language plpgsql as
$$
declare
    written bigint;
begin
    delete from report_day;
    delete from report_month;
    delete from report_applied;
    delete from report_paid_procedure;
    insert into report_paid_procedure (unit_code, procedure_code, day)
    select distinct unit_code, procedure_code, (received_at at time zone 'Asia/Ho_Chi_Minh')::date
    from dossier_facts where received_at is not null and paid_online;
    insert into report_applied (dossier_code, kind)
    select code, 'RECEIVED' from dossier_facts where received_at is not null
    union all
    select code, 'FINISHED' from dossier_facts where received_at is not null and finished_at is not null
    union all
    select code, 'RATED' from dossier_facts where received_at is not null and finished_at is not null and rating is not null
    union all
    select code, 'SYNCED' from dossier_facts where received_at is not null and portal_synced_at is not null;

    insert into report_day (unit_code, field, channel, day, received, early, on_time, late, withdrawn, done, signed, scanned,
                            rated, satisfied, synced, fee_bearing, paid_online)
    select unit_code, field, channel, day, sum(received), sum(early), sum(on_time), sum(late), sum(withdrawn), sum(done),
           sum(signed), sum(scanned), sum(rated), sum(satisfied), sum(synced), sum(fee_bearing), sum(paid_online)
    from (select unit_code, field, channel, (received_at at time zone 'Asia/Ho_Chi_Minh')::date as day, 1 as received,
                 0 as early, 0 as on_time, 0 as late, 0 as withdrawn, 0 as done, 0 as signed, 0 as scanned, 0 as rated,
                 0 as satisfied, (portal_synced_at is not null)::int as synced,
                 fee_bearing::int as fee_bearing, paid_online::int as paid_online
          from dossier_facts where received_at is not null
          union all
          select unit_code, field, channel, (finished_at at time zone 'Asia/Ho_Chi_Minh')::date, 0,
                 (outcome = 'EARLY')::int, (outcome = 'ON_TIME')::int, (outcome = 'LATE')::int, (outcome = 'WITHDRAWN')::int,
                 (status in ('DONE', 'RETURNED'))::int, (status in ('DONE', 'RETURNED') and result_signed)::int,
                 (outcome <> 'WITHDRAWN' and scanned)::int, (rating is not null)::int, coalesce(rating >= 4, false)::int, 0, 0, 0
          from dossier_facts where received_at is not null and finished_at is not null) facts
    group by unit_code, field, channel, day;
    get diagnostics written = row_count;

    insert into report_month (unit_code, field, channel, month, received, early, on_time, late, withdrawn, done, signed,
                              scanned, rated, satisfied, synced, fee_bearing, paid_online)
    select unit_code, field, channel, date_trunc('month', day)::date, sum(received), sum(early), sum(on_time), sum(late),
           sum(withdrawn), sum(done), sum(signed), sum(scanned), sum(rated), sum(satisfied), sum(synced),
           sum(fee_bearing), sum(paid_online)
    from report_day
    group by unit_code, field, channel, date_trunc('month', day);
    return written;
end;
$$;

select report_rollups_rebuild();
