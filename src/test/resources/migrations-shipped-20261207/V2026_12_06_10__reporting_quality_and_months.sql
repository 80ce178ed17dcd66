-- The rollups grow the quality figures the Decision 766 index needs (of the dossiers finished: results ready and
-- issued as signed electronic papers, a component scanned, the ratings they got and how many were 4 or 5 of 5), a
-- monthly copy so that a year reads twelve rows per unit, field and channel rather than 365 (days only at a period's
-- edges), and ratings applied once like receipts and finishes. Everything is then recomputed from the dossiers.
-- Databases installed with the reporting migration as it shipped on 2026-12-06 have all of it already: hence "if not
-- exists" and "or replace".
alter table report_day
    add column if not exists done      int not null default 0,
    add column if not exists signed    int not null default 0,
    add column if not exists scanned   int not null default 0,
    add column if not exists rated     int not null default 0,
    add column if not exists satisfied int not null default 0;

-- The edges of a period are read by day.
create index if not exists report_day_by_day on report_day (day);

do $$
begin
    if not exists (select 1 from information_schema.tables where table_name = 'report_month') then
        create table report_month (like report_day including all);
        alter table report_month rename column day to month;
    end if;
end;
$$;

alter table report_applied drop constraint report_applied_kind_check;
alter table report_applied add constraint report_applied_kind_check check (kind in ('RECEIVED', 'FINISHED', 'RATED'));

-- Recomputes every rollup from the dossiers' published facts: what a rebuild does, and what the dossiers received
-- before reports existed get now. The caller holds the tables (and reads one snapshot).
create or replace function report_rollups_rebuild() returns bigint language plpgsql as
$$
declare
    written bigint;
begin
    delete from report_day;
    delete from report_month;
    delete from report_applied;
    insert into report_applied (dossier_code, kind)
    select code, 'RECEIVED' from dossier_facts where received_at is not null
    union all
    select code, 'FINISHED' from dossier_facts where received_at is not null and finished_at is not null
    union all
    select code, 'RATED' from dossier_facts where received_at is not null and finished_at is not null and rating is not null;

    insert into report_day (unit_code, field, channel, day, received, early, on_time, late, withdrawn, done, signed, scanned,
                            rated, satisfied)
    select unit_code, field, channel, day, sum(received), sum(early), sum(on_time), sum(late), sum(withdrawn), sum(done),
           sum(signed), sum(scanned), sum(rated), sum(satisfied)
    from (select unit_code, field, channel, (received_at at time zone 'Asia/Ho_Chi_Minh')::date as day, 1 as received,
                 0 as early, 0 as on_time, 0 as late, 0 as withdrawn, 0 as done, 0 as signed, 0 as scanned, 0 as rated,
                 0 as satisfied
          from dossier_facts where received_at is not null
          union all
          select unit_code, field, channel, (finished_at at time zone 'Asia/Ho_Chi_Minh')::date, 0,
                 (outcome = 'EARLY')::int, (outcome = 'ON_TIME')::int, (outcome = 'LATE')::int, (outcome = 'WITHDRAWN')::int,
                 (status in ('DONE', 'RETURNED'))::int, (status in ('DONE', 'RETURNED') and result_signed)::int,
                 (outcome <> 'WITHDRAWN' and scanned)::int, (rating is not null)::int, coalesce(rating >= 4, false)::int
          from dossier_facts where received_at is not null and finished_at is not null) facts
    group by unit_code, field, channel, day;
    get diagnostics written = row_count;

    insert into report_month (unit_code, field, channel, month, received, early, on_time, late, withdrawn, done, signed,
                              scanned, rated, satisfied)
    select unit_code, field, channel, date_trunc('month', day)::date, sum(received), sum(early), sum(on_time), sum(late),
           sum(withdrawn), sum(done), sum(signed), sum(scanned), sum(rated), sum(satisfied)
    from report_day
    group by unit_code, field, channel, date_trunc('month', day);
    return written;
end;
$$;

select report_rollups_rebuild();
