-- What officials see under the bell: a task opened for them, a task due within four working hours, an overdue task,
-- a leader's reminder; each once per official (unique), read or not.
create table official_notice (
    id         bigserial primary key,
    username   varchar(64)  not null,
    kind       varchar(12)  not null check (kind in ('NEW_TASK', 'DUE_SOON', 'OVERDUE', 'REMINDER')),
    ref        varchar(100) not null,
    title      varchar(600) not null,
    href       varchar(300) not null,
    due_at     timestamptz,
    created_at timestamptz  not null,
    read_at    timestamptz,
    unique (username, kind, ref)
);
create index official_notice_unread on official_notice (username, id) where read_at is null;
create index official_notice_by_official on official_notice (username, id);
