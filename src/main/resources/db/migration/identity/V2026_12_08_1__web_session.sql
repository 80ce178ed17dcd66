-- Every logged-in web session, so that any node can end it: a back-channel logout from the identity provider (by its
-- session id "sid" or its subject), an official moved or disabled (by username), a logout. Rows go when the session does.
create table web_session
(
    session_id   varchar(100) primary key,
    username     varchar(64)  not null,
    issuer       varchar(300), -- the identity provider it came from (null: xaso's own password login)
    sid          varchar(200),
    subject      varchar(200),
    opened_at    timestamptz  not null default now(),
    ended_at     timestamptz,
    ended_why    varchar(32)
);
create index web_session_open_by_username on web_session (username) where ended_at is null;
create index web_session_open_by_sid on web_session (issuer, sid) where ended_at is null;
create index web_session_open_by_subject on web_session (issuer, subject) where ended_at is null;
create index web_session_by_opened on web_session (opened_at);
