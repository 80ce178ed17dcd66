-- What goes out over the document exchange platform, written in the transaction of the change it reports (a
-- transactional outbox): issued documents for recipients outside the platform, status messages back to the senders
-- of documents received by exchange, and refusals of messages that cannot be taken. Delivered in order per document
-- (id order); a message an administrator parks is skipped.
create table exchange_message (
    id              bigserial primary key,
    document_id     bigint,
    kind            varchar(8)    not null check (kind in ('DOCUMENT', 'STATUS', 'REFUSAL')),
    to_organs       varchar(1000) not null,
    status_code     varchar(4),
    body            text,
    created_at      timestamptz   not null,
    attempts        int           not null default 0,
    next_attempt_at timestamptz   not null,
    sent_at         timestamptz,
    parked_at       timestamptz,
    last_error      varchar(500)
);
create index exchange_message_waiting on exchange_message (id) where sent_at is null and parked_at is null;
create index exchange_message_by_document on exchange_message (document_id, id);
