-- What citizens are told about their dossiers, written in the transaction of the change it tells (a transactional
-- outbox): one row per happening and channel (the happening's key is the idempotency key, so a replayed event adds
-- nothing), delivered in order per recipient until the gateway has it, tried again with growing pauses and put
-- aside (failed) after the last attempt; the row's id goes to the gateway as its tracking id. template_data: what a
-- Zalo template is filled with (JSON).
create table notification (
    id              bigserial primary key,
    event_key       varchar(200) not null,
    dossier_code    varchar(40),
    unit_code       varchar(13)  not null,
    notice          varchar(20)  not null,
    channel         varchar(8)   not null check (channel in ('SMS', 'EMAIL', 'ZALO')),
    recipient       varchar(200) not null,
    subject         varchar(300),
    body            text         not null,
    template_data   text,
    created_at      timestamptz  not null,
    attempts        int          not null default 0,
    next_attempt_at timestamptz  not null,
    sent_at         timestamptz,
    parked_at       timestamptz,
    last_error      varchar(500),
    unique (event_key, channel)
);
create index notification_waiting on notification (channel, id) where sent_at is null and parked_at is null;
create index notification_by_recipient on notification (recipient, id);
create index notification_by_dossier on notification (dossier_code, id);

-- The texts an administrator changed (the defaults are xaso's): per happening and channel.
create table notification_template (
    notice     varchar(20)  not null,
    channel    varchar(8)   not null,
    subject    varchar(300),
    body       text         not null,
    updated_by varchar(64)  not null,
    updated_at timestamptz  not null,
    primary key (notice, channel)
);
