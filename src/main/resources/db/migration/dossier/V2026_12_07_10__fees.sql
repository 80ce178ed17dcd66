-- Fees and charges (phí, lệ phí) collected for dossiers, and refunds: who, when, how, how much, with the e-receipt's
-- number — numbered per unit and year without gaps, from a row-locked counter in the collecting transaction. A
-- dossier is paid once.
create table dossier_payment (
    id             bigserial primary key,
    dossier_code   varchar(40)  not null references dossier (code),
    unit_code      varchar(13)  not null,
    kind           varchar(8)   not null check (kind in ('PAYMENT', 'REFUND')),
    method         varchar(8)   not null check (method in ('CASH', 'TRANSFER', 'ONLINE')),
    amount         bigint       not null check (amount > 0),
    receipt_year   int,
    receipt_number int,
    note           varchar(1000),
    by_username    varchar(64)  not null,
    at             timestamptz  not null,
    unique (unit_code, receipt_year, receipt_number)
);
create unique index dossier_paid_once on dossier_payment (dossier_code) where kind = 'PAYMENT';
create unique index dossier_refunded_once on dossier_payment (dossier_code) where kind = 'REFUND';

create table receipt_counter (
    unit_code varchar(13) not null,
    year      int         not null,
    last      int         not null,
    primary key (unit_code, year)
);
