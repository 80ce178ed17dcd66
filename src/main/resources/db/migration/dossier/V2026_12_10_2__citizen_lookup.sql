-- Every lookup of a person in the national population database: who (official and unit), about whom, what for (a
-- dossier's code, or the counter's intake), when, and what came of it (REFUSED: over the official's limit). Personal
-- data protection (NĐ 13/2023/NĐ-CP): the person can be shown who looked them up; administrators see unusual volumes.
create table citizen_lookup
(
    id        bigserial primary key,
    at        timestamptz  not null default now(),
    username  varchar(64)  not null,
    unit_code varchar(13),
    id_number varchar(12)  not null,
    purpose   varchar(40)  not null,
    outcome   varchar(12)  not null check (outcome in ('FOUND', 'UNKNOWN', 'UNAVAILABLE', 'REFUSED'))
);
create index citizen_lookup_by_official on citizen_lookup (username, at);
create index citizen_lookup_by_person on citizen_lookup (id_number, at);
create index citizen_lookup_by_time on citizen_lookup (at);
