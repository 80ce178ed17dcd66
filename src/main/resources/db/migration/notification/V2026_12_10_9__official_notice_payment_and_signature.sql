-- Notices of two more kinds: money taken for a dossier that could not be applied to it (paid online, waiting for the
-- counter), and a record waiting for the official's own signature (a hand-over record) or complete.
alter table official_notice drop constraint official_notice_kind_check;
alter table official_notice add constraint official_notice_kind_check
    check (kind in ('NEW_TASK', 'DUE_SOON', 'OVERDUE', 'REMINDER', 'ACCOUNT', 'PAYMENT', 'SIGNATURE'));
