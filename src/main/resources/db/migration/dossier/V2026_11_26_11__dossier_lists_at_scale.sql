-- Found by bench/suite.sh at 1,000,000 dossiers: lists across the whole province, and searches by name or code,
-- need indexes that deliver rows already in the list's order (newest first) or find the few that match.

-- lower case without diacritics (đ → d); unaccent() itself is only STABLE, so indexes need this IMMUTABLE wrapper
create function xaso_plain(text) returns text language sql immutable parallel safe strict
    as $$ select lower(public.unaccent('public.unaccent'::regdictionary, replace(replace($1, 'đ', 'd'), 'Đ', 'D'))) $$;

create index dossier_by_time on dossier (submitted_at desc, code desc);
create index dossier_by_status on dossier (status, submitted_at desc, code desc);
create index dossier_code_prefix on dossier (code varchar_pattern_ops);
create index dossier_applicant_name on dossier using gin (xaso_plain(applicant_name) gin_trgm_ops);
