-- The applicant would rather be told by Zalo than by SMS.
alter table dossier add column applicant_zalo boolean not null default false;
