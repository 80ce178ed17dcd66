-- Seasonal office hours (giờ làm việc mùa hè / mùa đông): a scope may hold several rows, each in force from its
-- season's first day (MM-dd) until the next season starts; the existing single row becomes the season from 1 January.
alter table office_hours add column season_start varchar(5) not null default '01-01'
    check (season_start ~ '^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$');
alter table office_hours drop constraint office_hours_pkey;
alter table office_hours add primary key (scope, season_start);
