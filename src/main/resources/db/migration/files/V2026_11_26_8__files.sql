-- Files attached to dossiers and documents. The bytes live in a content-addressed store (by SHA-256) on
-- the file system; this table says what each file is, whose it is, and who put it there.
create table stored_file
(
    id           uuid         primary key,
    sha256       char(64)     not null,
    name         varchar(255) not null,
    content_type varchar(100) not null,
    size         bigint       not null,
    owner_kind   varchar(16)  not null,
    owner_ref    varchar(64)  not null,
    kind         varchar(16)  not null,
    signed       boolean      not null default false,
    uploaded_by  varchar(64)  not null,
    uploaded_at  timestamptz  not null
);
create index stored_file_by_owner on stored_file (owner_kind, owner_ref, uploaded_at);
