-- The reason an official gave and the items a supplement request lists, kept apart from the history line, so that
-- papers (Mẫu 02–05) print them as written instead of splitting prose. Earlier lines get theirs from their comment.
alter table dossier_history add column reason text;
alter table dossier_history add column items text;

update dossier_history set reason = split_part(comment, ' — ', 1),
                           items = replace(split_part(comment, ' — ', 2), '; ', E'\n')
where action = 'request-supplement' and comment is not null;

update dossier_history set reason = comment
where action in ('refuse', 'stop', 'extend', 'send-back', 'withdraw')
   or (action = 'approve' and to_status = 'REFUSED');
