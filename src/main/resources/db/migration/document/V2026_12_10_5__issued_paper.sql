-- Papers a unit issues outside the clerk's documents — a dossier's signed result (a decision, a certificate…) —
-- numbered from the unit's book for their kind, the clerk's own series (document_counter), and entered in the Sổ văn bản
-- đi beside the documents: a number and symbol is given once a year.
create table issued_paper
(
    id           bigint generated always as identity primary key,
    unit_code    varchar(13)  not null,
    book         varchar(40)  not null,
    year         int          not null,
    number       int          not null,
    code_number  varchar(10)  not null,
    notation     varchar(80)  not null,
    issued_at    timestamptz  not null,
    type_name    text         not null,
    subject      text         not null,
    signer       text,
    recipient    text,
    dossier_code varchar(40),
    unique (unit_code, book, year, number)
);
create index issued_paper_by_day on issued_paper (unit_code, issued_at);
