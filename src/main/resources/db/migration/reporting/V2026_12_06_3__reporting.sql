-- Rollups for reports, coarse enough to stay small: per unit, field, channel and day, the dossiers received and
-- those that finished early, on time, late or were withdrawn (counted on the day they finished). Each dossier's
-- receipt and finish is applied once (report_applied), so a replayed event changes nothing.
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
    primary key (unit_code, day, field, channel)
);

create table report_applied
(
    dossier_code varchar(40) not null,
    kind         varchar(16) not null check (kind in ('RECEIVED', 'FINISHED')),
    primary key (dossier_code, kind)
);

-- Dossiers received before reports existed: their rollups, computed from the dossiers as a rebuild does.
insert into report_applied (dossier_code, kind)
select code, 'RECEIVED' from dossier_facts where received_at is not null
union all
select code, 'FINISHED' from dossier_facts where received_at is not null and finished_at is not null;

insert into report_day (unit_code, field, channel, day, received, early, on_time, late, withdrawn)
select unit_code, field, channel, day, sum(received), sum(early), sum(on_time), sum(late), sum(withdrawn)
from (select unit_code, field, channel, (received_at at time zone 'Asia/Ho_Chi_Minh')::date as day,
             1 as received, 0 as early, 0 as on_time, 0 as late, 0 as withdrawn
      from dossier_facts where received_at is not null
      union all
      select unit_code, field, channel, (finished_at at time zone 'Asia/Ho_Chi_Minh')::date, 0,
             (outcome = 'EARLY')::int, (outcome = 'ON_TIME')::int, (outcome = 'LATE')::int, (outcome = 'WITHDRAWN')::int
      from dossier_facts where received_at is not null and finished_at is not null) facts
group by unit_code, field, channel, day;
