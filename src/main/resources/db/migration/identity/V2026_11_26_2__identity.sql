-- Login accounts of officials and citizens. An official's unit and roles live in the organization
-- module; a citizen's identity (name, personal ID number) lives here.
create table account
(
    username            varchar(64)  primary key,
    password_hash       varchar(100) not null,
    kind                varchar(16)  not null check (kind in ('OFFICIAL', 'CITIZEN')),
    full_name           varchar(200),
    id_number           varchar(12),
    failed_attempts     int          not null default 0,
    locked_until        timestamptz,
    password_changed_at timestamptz  not null default now()
);
create unique index account_citizen_id_number on account (id_number) where kind = 'CITIZEN';
