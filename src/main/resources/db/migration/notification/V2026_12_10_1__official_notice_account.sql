-- A notice about the official's own account that somebody else changed (an administrator reset their signing).
alter table official_notice drop constraint official_notice_kind_check;
alter table official_notice add constraint official_notice_kind_check
    check (kind in ('NEW_TASK', 'DUE_SOON', 'OVERDUE', 'REMINDER', 'ACCOUNT'));
