-- Notices of one more kind: a record waits for the official's own signature (a hand-over record), or is complete.
alter table official_notice drop constraint official_notice_kind_check;
alter table official_notice add constraint official_notice_kind_check
    check (kind in ('NEW_TASK', 'DUE_SOON', 'OVERDUE', 'REMINDER', 'ACCOUNT', 'PAYMENT', 'SIGNATURE'));
