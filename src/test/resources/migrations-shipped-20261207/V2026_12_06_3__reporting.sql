-- Rollups for reports, coarse enough to stay small: per unit, field, channel and day, the dossiers received and
-- those that finished early, on time, late or were withdrawn (counted on the day they finished); of those finished,
-- the results ready (done) and issued as signed electronic papers (signed), those with a component scanned, and the
-- ratings they got (rated, and 4 or 5 of 5: satisfied). Each dossier's receipt, finish and rating is applied once
-- (report_applied), so a replayed event changes nothing.
create table report_day
(
    unit_code varchar(13)  not null,
    field     varchar(100) not null,
    channel   varchar(16)  not null,
    day       date         not null,
    received  int          not null default 0,
    early     int          not null default 0,
    on_time   int          not null default 0,
    late      int          not null default 0,
    withdrawn int          not null default 0,
    done      int          not null default 0,
    signed    int          not null default 0,
    scanned   int          not null default 0,
    rated     int          not null default 0,
    satisfied int          not null default 0,
    primary key (unit_code, day, field, channel)
);

-- The edges of a period are read by day.
create index report_day_by_day on report_day (day);

-- The same by month, so that a year reads twelve rows per unit, field and channel rather than 365; days are read
-- only at a period's edges.
create table report_month (like report_day including all);
alter table report_month rename column day to month;

create table report_applied
(
    dossier_code varchar(40) not null,
    kind         varchar(16) not null check (kind in ('RECEIVED', 'FINISHED', 'RATED')),
    primary key (dossier_code, kind)
);

-- Recomputes every rollup from the dossiers' published facts: what a rebuild does, and what the dossiers received
-- before reports existed get now. The caller holds the tables (and reads one snapshot).
create function report_rollups_rebuild() returns bigint language plpgsql as
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
