-- Notices of two more kinds: about the official's own account, changed by somebody else (an administrator reset their
-- signing), and about money taken for a dossier that could not be applied to it (paid online, waiting for the counter).
alter table official_notice drop constraint official_notice_kind_check;
alter table official_notice add constraint official_notice_kind_check
    check (kind in ('NEW_TASK', 'DUE_SOON', 'OVERDUE', 'REMINDER', 'ACCOUNT', 'PAYMENT'));
