-- A result paper leaves the unit with its number and symbol (e.g. 05/GCN-UBND), numbered per signing unit and year
-- from 01 on 1 January, like the unit's documents.
alter table dossier add column result_reference varchar(40);

create table dossier_result_counter
(
    unit_code varchar(13) not null,
    year      int         not null,
    last      int         not null,
    primary key (unit_code, year)
);
