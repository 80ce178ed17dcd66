create extension if not exists unaccent;
create extension if not exists pg_trgm;

-- Administrative units (province -> communes/wards, departments) with their merger history,
-- and officials' membership of exactly one unit at a time.
create table unit
(
    code           varchar(13)  primary key,
    name           varchar(200) not null,
    type           varchar(16)  not null,
    parent_code    varchar(13) references unit (code),
    stat_code      varchar(10),
    valid_from     date         not null,
    valid_to       date,
    successor_code varchar(13) references unit (code),
    version        int          not null default 0,
    constraint unit_valid_period check (valid_to is null or valid_to >= valid_from),
    constraint unit_not_own_parent check (parent_code <> code),
    constraint unit_not_own_successor check (successor_code <> code)
);
create index unit_by_parent on unit (parent_code, code);
create index unit_by_stat_code on unit (stat_code);

-- "merged_from": the former units a unit was formed of (partial = only part of that unit)
create table unit_merger
(
    unit_code        varchar(13) not null references unit (code) on delete cascade,
    predecessor_code varchar(13) not null references unit (code),
    partial          boolean     not null default false,
    primary key (unit_code, predecessor_code)
);
create index unit_merger_by_predecessor on unit_merger (predecessor_code);

create table official
(
    username  varchar(64)  primary key,
    full_name varchar(200) not null,
    unit_code varchar(13)  not null references unit (code),
    title     varchar(200),
    active    boolean      not null default true,
    version   int          not null default 0
);
create index official_by_unit on official (unit_code, username);

create table official_role
(
    username varchar(64) not null references official (username) on delete cascade,
    role     varchar(32) not null,
    primary key (username, role)
);
