-- Open tasks by their due time: the reminders of tasks due soon or overdue read them from here.
create index wf_task_open_by_due on wf_task (due_at, id) where completed_at is null and due_at is not null;
