-- One-stop dossiers (hồ sơ TTHC), their components, the history of every action, and the per-unit
-- daily counter that numbers them: {unit}-{yymmdd}-{NNNN}, allocated in the receiving transaction.
create table dossier
(
    code                    varchar(40)  primary key,
    procedure_code          varchar(32)  not null,
    procedure_version       int          not null,
    definition_id           bigint       not null,
    unit_code               varchar(13)  not null,
    handling_unit           varchar(13),
    channel                 varchar(8)   not null,
    status                  varchar(24)  not null,
    applicant_name          varchar(200) not null,
    applicant_id_number     varchar(12)  not null,
    applicant_birth_date    date,
    applicant_phone         varchar(20),
    applicant_email         varchar(200),
    applicant_address       varchar(500),
    owner                   varchar(64),
    submitted_at            timestamptz  not null,
    received_at             timestamptz,
    due_at                  timestamptz,
    legal_due_at            timestamptz,
    finished_at             timestamptz,
    returned_at             timestamptz,
    timeliness              varchar(8),
    supplement_count        int          not null default 0,
    late_by_supplement      boolean      not null default false,
    extended                boolean      not null default false,
    status_before_supplement varchar(24),
    missing                 text,
    return_channel          varchar(8),
    proposal_summary        text,
    proposal_refusal        boolean      not null default false,
    rating                  int,
    rating_comment          varchar(1000),
    version                 int          not null default 0
);
create index dossier_by_unit on dossier (unit_code, submitted_at desc, code desc);
create index dossier_by_unit_status on dossier (unit_code, status, submitted_at desc, code desc);
create index dossier_by_handling_unit on dossier (handling_unit, submitted_at desc, code desc) where handling_unit is not null;
create index dossier_by_applicant on dossier (applicant_id_number, submitted_at desc);
create index dossier_by_owner on dossier (owner, submitted_at desc) where owner is not null;

create table dossier_component
(
    dossier_code varchar(40)  not null references dossier (code),
    ordinal      int          not null,
    name         varchar(500) not null,
    copy_type    varchar(16)  not null,
    quantity     int          not null,
    required     boolean      not null,
    provided     boolean      not null,
    primary key (dossier_code, ordinal)
);

create table dossier_history
(
    id           bigint generated always as identity primary key,
    dossier_code varchar(40) not null references dossier (code),
    at           timestamptz not null,
    actor        varchar(64) not null,
    action       varchar(32) not null,
    from_status  varchar(24),
    to_status    varchar(24) not null,
    comment      text
);
create index dossier_history_by_dossier on dossier_history (dossier_code, id);

create table dossier_counter
(
    unit_code varchar(13) not null,
    day       date        not null,
    last      int         not null,
    primary key (unit_code, day)
);
