-- Procedures the national catalog abolished (bãi bỏ): kept with their versions for the dossiers received under them,
-- no longer offered; and the national catalog updates imported, with the decision each came from.
create table procedure_abolished
(
    code         varchar(32)  primary key,
    abolished_at timestamptz  not null,
    decision     varchar(500) not null
);

create table catalog_import
(
    id          bigserial primary key,
    decision    varchar(500) not null,
    imported_by varchar(64)  not null,
    imported_at timestamptz  not null,
    added       int          not null,
    changed     int          not null,
    unchanged   int          not null,
    abolished   int          not null
);
