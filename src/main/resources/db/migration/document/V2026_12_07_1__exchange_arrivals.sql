-- What the exchange platform delivered, by its message id: the row is written first, so a message delivered again
-- (after a crash before it was acknowledged, or by a second node) is recognised and never registered twice; and what
-- became of it.
create table exchange_arrival (
    message_id   varchar(100) primary key,
    document_id  bigint references document (id),
    outcome      varchar(12) not null check (outcome in ('RECEIVING', 'REGISTERED', 'REFUSED', 'REPORT')),
    sender_organ varchar(64),
    received_at  timestamptz not null
);

-- Who sent an incoming document over the exchange (the status messages go back to it) and what its signatures said.
alter table document_exchange add column sender_organ varchar(64);
alter table document_exchange add column signature varchar(8) check (signature in ('VALID', 'INVALID', 'UNSIGNED'));

-- The statuses recipients outside the platform report about the unit's issued documents.
create table document_exchange_report (
    id          bigserial primary key,
    document_id bigint       not null references document (id),
    organ_id    varchar(64),
    organ_name  varchar(300),
    status_code varchar(4)   not null,
    description varchar(500),
    staff       varchar(200),
    reported_at timestamptz  not null
);
create index document_exchange_report_by_document on document_exchange_report (document_id, reported_at);
