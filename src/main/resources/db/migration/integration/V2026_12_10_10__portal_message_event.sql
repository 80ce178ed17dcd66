-- The portal receives every change of a dossier, not only those that change its status (an apology's new appointment,
-- a payment, each processing step, the rating): each message is one event of the dossier, queued once.
alter table portal_message add column event_key varchar(120);
create unique index portal_message_event on portal_message (dossier_code, event_key) where event_key is not null;
