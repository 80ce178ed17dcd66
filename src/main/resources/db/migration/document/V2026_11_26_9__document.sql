-- Official documents (văn bản đến / đi, NĐ 30/2020): one row per document in one unit. Incoming documents get an
-- arrival number per unit and year; outgoing ones a number per unit, registry book and year when issued. Both
-- counter is a row-locked table row, allocated in the transaction that uses it: no duplicates, no gaps.
create table document
(
    id                bigint generated always as identity primary key,
    unit_code         varchar(13)  not null,
    direction         varchar(8)   not null,
    status            varchar(16)  not null,
    type_code         varchar(8),
    type_name         varchar(100) not null,
    subject           varchar(500) not null,
    priority          varchar(16)  not null default 'NORMAL',
    sender_organ_id   varchar(13),
    sender_name       varchar(300),
    code_number       varchar(16),
    code_notation     varchar(64),
    issued_date       date,
    arrival_number    int,
    arrival_date      timestamptz,
    due_date          date,
    book              varchar(16),
    year              int          not null,
    number            int,
    drafted_by        varchar(64),
    signer            varchar(64),
    signed_at         timestamptz,
    issued_at         timestamptz,
    issued_by         varchar(64),
    main_handler      varchar(64),
    instruction       varchar(2000),
    completed_at      timestamptz,
    reply_document_id bigint references document (id),
    source_document_id bigint references document (id),
    replaces_id       bigint references document (id),
    recalled_at       timestamptz,
    recall_reason     varchar(1000),
    file_id           uuid,
    registered_by     varchar(64)  not null,
    registered_at     timestamptz  not null,
    search_text       text         not null,
    version           int          not null default 0
);
create index document_by_unit on document (unit_code, direction, registered_at desc, id desc);
create index document_search on document using gin (search_text gin_trgm_ops);
create unique index document_number_unique on document (unit_code, book, year, number) where number is not null;
-- number + symbol is unique per year even when books share a type (a clash is refused, never issued twice)
create unique index document_reference_unique on document (unit_code, year, code_number, code_notation)
    where direction = 'OUTGOING' and number is not null;
create unique index document_arrival_unique on document (unit_code, year, arrival_number) where arrival_number is not null;
create index document_duplicates on document (unit_code, sender_organ_id, code_number, code_notation, issued_date)
    where direction = 'INCOMING';

create table document_counter
(
    unit_code varchar(13) not null,
    book      varchar(16) not null,
    year      int         not null,
    last      int         not null,
    primary key (unit_code, book, year)
);

create table document_participant
(
    document_id bigint      not null references document (id),
    username    varchar(64) not null,
    part        varchar(16) not null,
    primary key (document_id, username, part)
);
create index document_participant_by_user on document_participant (username, document_id);

create table document_recipient
(
    document_id           bigint       not null references document (id),
    ordinal               int          not null,
    unit_code             varchar(13),
    organ_id              varchar(13),
    name                  varchar(300) not null,
    delivered_document_id bigint references document (id),
    delivered_at          timestamptz,
    primary key (document_id, ordinal)
);

create table document_version
(
    document_id bigint      not null references document (id),
    number      int         not null,
    file_id     uuid        not null,
    uploaded_by varchar(64) not null,
    uploaded_at timestamptz not null,
    note        varchar(500),
    primary key (document_id, number)
);

create table document_opinion
(
    id          bigint generated always as identity primary key,
    document_id bigint        not null references document (id),
    author      varchar(64)   not null,
    at          timestamptz   not null,
    text        varchar(4000) not null
);
create index document_opinion_by_document on document_opinion (document_id, id);

create table document_history
(
    id          bigint generated always as identity primary key,
    document_id bigint      not null references document (id),
    at          timestamptz not null,
    actor       varchar(64) not null,
    action      varchar(32) not null,
    status      varchar(16) not null,
    note        varchar(2000)
);
create index document_history_by_document on document_history (document_id, id);
