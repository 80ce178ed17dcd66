-- Append-only, hash-chained audit trail: each entry's hash covers its content and the previous
-- entry's hash, so a changed or removed row breaks the chain from there on.
create table audit_entry
(
    id           bigint generated always as identity primary key,
    at           timestamptz not null,
    actor        varchar(64) not null,
    unit_code    varchar(13),
    action       varchar(64) not null,
    subject_type varchar(32),
    subject_id   varchar(128),
    before_state text,
    after_state  text,
    prev_hash    char(64)    not null,
    hash         char(64)    not null
);
create index audit_entry_by_subject on audit_entry (subject_type, subject_id, id);
create index audit_entry_by_actor on audit_entry (actor, id);
create index audit_entry_by_unit on audit_entry (unit_code, id);

create function audit_entry_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception 'audit_entry is append-only';
end;
$$;

create trigger audit_entry_no_update_or_delete
    before update or delete on audit_entry
    for each row execute function audit_entry_append_only();

create trigger audit_entry_no_truncate
    before truncate on audit_entry
    for each statement execute function audit_entry_append_only();
