-- The daily count of a day's dossiers against the national portal's (Decision 766 indicator 1.4): how many xaso has,
-- how many the portal has, which the portal lacked although xaso had delivered them (sent again), and when.
create table portal_reconciliation (
    day         date primary key,
    ours        int not null,
    theirs      int not null,
    resent      text,
    pending     int not null,
    checked_at  timestamptz not null
);
