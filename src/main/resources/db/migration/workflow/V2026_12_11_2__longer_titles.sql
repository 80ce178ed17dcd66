-- A work item is titled by its procedure's name, which the national catalog writes up to ~900 characters.
alter table wf_instance alter column title type text;
alter table wf_task alter column title type text;
