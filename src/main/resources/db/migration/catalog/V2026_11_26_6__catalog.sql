-- The procedure catalog (versioned: a dossier stays on the version it was received under) and which
-- workflow definition each procedure follows in a scope (the province's default, or a unit's own).
create table procedure
(
    code          varchar(32)   not null,
    version       int           not null,
    national_code varchar(32),
    name          varchar(500)  not null,
    field         varchar(100)  not null,
    level         varchar(16)   not null,
    time_kind     varchar(16)   not null check (time_kind in ('WORKING_DAYS', 'WORKING_HOURS', 'SAME_DAY')),
    time_amount   numeric(7, 2),
    fee           bigint        not null default 0,
    fully_online  boolean       not null default false,
    channels      varchar(64)   not null,
    result_name   varchar(300)  not null,
    transfer_to   varchar(13),
    transfer_days numeric(7, 2),
    published_at  timestamptz   not null default now(),
    primary key (code, version)
);

create table procedure_component
(
    procedure_code varchar(32)  not null,
    version        int          not null,
    ordinal        int          not null,
    name           varchar(500) not null,
    copy_type      varchar(16)  not null check (copy_type in ('ORIGINAL', 'COPY', 'CERTIFIED_COPY', 'ORIGINAL_OR_COPY')),
    quantity       int          not null default 1,
    required       boolean      not null default true,
    primary key (procedure_code, version, ordinal),
    foreign key (procedure_code, version) references procedure (code, version)
);

create table procedure_workflow
(
    procedure_code varchar(32) not null,
    scope          varchar(13) not null,
    definition_id  bigint      not null references wf_definition (id),
    assigned_at    timestamptz not null default now(),
    primary key (procedure_code, scope)
);
