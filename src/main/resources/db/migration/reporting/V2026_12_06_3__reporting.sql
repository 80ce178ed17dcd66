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
