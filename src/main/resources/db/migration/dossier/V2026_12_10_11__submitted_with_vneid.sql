-- Whether the citizen who submitted a dossier online was logged in through VNeID (the national e-identity): the
-- national portal counts it (TaiKhoanDuocXacThucVoiVNeID, Decision 766). Dossiers submitted before: not known, so false.
alter table dossier add column submitted_with_vneid boolean not null default false;
