-- Each year's official schedule on top of the statutory defaults: an entry replaces the default of its
-- date for its scope (a province, or one unit overriding its province).
create table calendar_day
(
    scope varchar(13)  not null,
    day   date         not null,
    kind  varchar(16)  not null check (kind in ('HOLIDAY', 'DAY_OFF', 'WORKING_DAY')),
    name  varchar(200) not null,
    primary key (scope, day)
);

-- Office hours of a scope; units without a row use their province's, then the national default.
create table office_hours
(
    scope              varchar(13) primary key,
    morning_start      time    not null,
    morning_end        time    not null,
    afternoon_start    time    not null,
    afternoon_end      time    not null,
    same_day_cutoff    time    not null,
    saturday_reception boolean not null default false,
    check (morning_start < morning_end and morning_end <= afternoon_start and afternoon_start < afternoon_end)
);
