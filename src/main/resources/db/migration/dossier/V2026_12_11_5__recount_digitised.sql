-- The rollups count Decision 766 indicator 4.1 by the rule of V2026_12_10_12 (a dossier is digitised when every
-- component handed in has its electronic copy) for the past as well: recounted once from the dossiers.
select report_rollups_rebuild();
