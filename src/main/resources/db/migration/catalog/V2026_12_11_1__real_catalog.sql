-- The real catalog (issue 28): procedures under their national codes, with names and component texts as long as the
-- national catalog writes them; a time in calendar days, or still to confirm (the source gives no unit); the sheet
-- as published (times per channel, fee schedule, legal basis, decision, source, what to confirm) as JSON; components
-- grouped by case and marked when only shown for comparison.
alter table procedure alter column name type text;
alter table procedure drop constraint procedure_time_kind_check;
alter table procedure add constraint procedure_time_kind_check
    check (time_kind in ('WORKING_DAYS', 'WORKING_HOURS', 'SAME_DAY', 'CALENDAR_DAYS', 'TO_CONFIRM'));
alter table procedure add column sheet jsonb;

alter table procedure_component alter column name type text;
alter table procedure_component add column grp text;
alter table procedure_component add column present_only boolean not null default false;
alter table procedure_component add column description text;

-- Who carries out what: per procedure, a unit's (or, for all its units, a province's) choice; without one, the
-- default from the data (a commune-only procedure is carried out, a shared one received and passed on).
create table procedure_offering
(
    procedure_code varchar(32) not null,
    scope          varchar(13) not null,
    offering       varchar(16) not null check (offering in ('CARRY_OUT', 'RECEIVE_ONLY', 'NONE')),
    set_by         varchar(64) not null,
    set_at         timestamptz not null,
    primary key (procedure_code, scope)
);

-- What search reads, for each procedure's latest version: its title (name and folk names) and field without diacritics
-- and, for words typed with them ("hộ tịch" is not "hỗ trợ"), in lower case with them, matched by trigrams (typos);
-- its body (code, field, components) as full-text words. A search scores only the rows the indexes find for it.
create table procedure_search
(
    code     varchar(32) primary key,
    title    text     not null,
    title_vi text     not null,
    field    text     not null,
    field_vi text     not null,
    body     tsvector not null
);
create index procedure_search_title on procedure_search using gin (title gin_trgm_ops);
create index procedure_search_title_vi on procedure_search using gin (title_vi gin_trgm_ops);
create index procedure_search_body on procedure_search using gin (body);

-- Every word of every title, without diacritics and (accented) as written: a search compares typed words with short
-- words instead of whole titles.
create table procedure_search_word
(
    code     varchar(32) not null references procedure_search (code) on delete cascade,
    word     text        not null,
    accented boolean     not null
);
create index procedure_search_word_by_word on procedure_search_word (word, accented);
create index procedure_search_word_code on procedure_search_word (code);

-- The distinct words of all titles (a few thousand): a typed word is compared with each, then found in the titles
-- through the index above. A word no longer in any title stays: it matches nothing.
create table procedure_search_vocabulary
(
    word     text    not null,
    accented boolean not null,
    primary key (word, accented)
);
