-- Work files (hồ sơ công việc): each unit's yearly list of files, what each file holds, closing, transfer to the
-- agency archive (after which a file is read-only), and hand-over records when an official leaves or moves.
create table work_file
(
    id               bigint generated always as identity primary key,
    unit_code        varchar(13)  not null,
    year             int          not null,
    code             varchar(32)  not null,
    title            varchar(500) not null,
    retention_years  int,
    keeper           varchar(64)  not null,
    status           varchar(16)  not null,
    opened_on        date         not null,
    closed_on        date,
    transfer_due     date,
    transferred_at   timestamptz,
    transferred_by   varchar(64),
    created_by       varchar(64)  not null,
    created_at       timestamptz  not null,
    version          int          not null default 0,
    unique (unit_code, year, code)
);
create index work_file_by_unit on work_file (unit_code, year, code);
create index work_file_transfer_due on work_file (transfer_due) where status = 'CLOSED';

create table work_file_item
(
    file_id  bigint       not null references work_file (id),
    kind     varchar(16)  not null,
    ref      varchar(64)  not null,
    title    varchar(700) not null,
    added_by varchar(64)  not null,
    added_at timestamptz  not null,
    primary key (file_id, kind, ref)
);
create index work_file_item_by_ref on work_file_item (kind, ref);

-- The archive keeps what it received: a transferred file and its list of contents never change.
create function work_file_frozen() returns trigger language plpgsql as $$
begin
    if tg_table_name = 'work_file' then
        if old.status = 'TRANSFERRED' then
            raise exception 'work file % is in the archive and cannot change', old.id;
        end if;
        return case when tg_op = 'DELETE' then old else new end;
    end if;
    if exists (select 1 from work_file f where f.id = coalesce(old.file_id, new.file_id) and f.status = 'TRANSFERRED') then
        raise exception 'work file % is in the archive and cannot change', coalesce(old.file_id, new.file_id);
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end $$;
create trigger work_file_frozen before update or delete on work_file for each row execute function work_file_frozen();
create trigger work_file_item_frozen before insert or update or delete on work_file_item
    for each row execute function work_file_frozen();

create table hand_over
(
    id        bigint generated always as identity primary key,
    unit_code varchar(13) not null,
    from_user varchar(64) not null,
    to_user   varchar(64) not null,
    by_user   varchar(64) not null,
    at        timestamptz not null,
    tasks     int         not null,
    documents int         not null,
    files     int         not null,
    note      varchar(1000)
);
create index hand_over_by_unit on hand_over (unit_code, at desc);
