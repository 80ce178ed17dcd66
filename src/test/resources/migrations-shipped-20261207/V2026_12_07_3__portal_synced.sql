-- When the national portal first confirmed it has the dossier (Decision 766 indicator 1.4: dossiers synchronised with
-- the portal); published with the dossiers' facts (V2026_12_07_11).
alter table dossier add column portal_synced_at timestamptz;
