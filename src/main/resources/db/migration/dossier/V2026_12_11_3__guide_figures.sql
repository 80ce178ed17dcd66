-- What a procedure's guide page says a unit, and its province, most often ask to supplement and most often refuse
-- for: computed once a day from the last twelve months' dossiers (supplement items and refusal reasons as officials
-- wrote them), read by one index lookup. An item shows only when at least three dossiers share it: a line written for
-- one citizen never reaches the public page.
create table dossier_guide_figure
(
    scope          varchar(13) not null,
    procedure_code varchar(32) not null,
    kind           varchar(12) not null check (kind in ('SUPPLEMENT', 'REFUSAL')),
    item           text        not null,
    dossiers       int         not null,
    out_of         int         not null,
    computed_at    timestamptz not null
);
create index dossier_guide_figure_lookup on dossier_guide_figure (procedure_code, scope, kind, dossiers desc);
