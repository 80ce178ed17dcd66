-- What the national public-service portal is to receive, written in the dossier's own transaction (a transactional
-- outbox): one message per change of the dossier's portal status, delivered in order per dossier (id order), each
-- until the portal has it; a message an administrator parks is skipped.
create table portal_message (
    id              bigserial primary key,
    dossier_code    varchar(40) not null,
    portal_status   smallint not null,
    body            text not null,
    created_at      timestamptz not null,
    attempts        int not null default 0,
    next_attempt_at timestamptz not null,
    sent_at         timestamptz,
    parked_at       timestamptz,
    last_error      varchar(500)
);
create index portal_message_waiting on portal_message (id) where sent_at is null and parked_at is null;
create index portal_message_by_dossier on portal_message (dossier_code, id);
