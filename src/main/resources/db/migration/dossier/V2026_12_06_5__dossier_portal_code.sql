-- The national public-service portal's own code of a dossier submitted there: one dossier per portal code, so a
-- portal that sends the same dossier twice gets the first one back.
alter table dossier add column portal_code varchar(40);
create unique index dossier_portal_code on dossier (portal_code) where portal_code is not null;
