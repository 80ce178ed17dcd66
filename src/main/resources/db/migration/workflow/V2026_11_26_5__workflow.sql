-- The generic workflow engine: definitions (ordered steps with a role and a share of the time
-- budget), instances (one per dossier or document), tasks (the inbox), and the SLA clock's events.
create table wf_definition
(
    id         bigint generated always as identity primary key,
    name       varchar(200) not null,
    created_at timestamptz  not null default now()
);

create table wf_step
(
    definition_id    bigint       not null references wf_definition (id),
    ordinal          int          not null,
    step_key         varchar(32)  not null,
    kind             varchar(16)  not null,
    name             varchar(200) not null,
    role             varchar(32)  not null,
    budget_percent   numeric(5, 2) not null default 0,
    default_assignee varchar(64),
    guidance         text,
    primary key (definition_id, ordinal)
);

create table wf_instance
(
    id             bigint generated always as identity primary key,
    kind           varchar(16)  not null,
    ref            varchar(64)  not null,
    unit_code      varchar(13)  not null,
    title          varchar(500) not null,
    definition_id  bigint references wf_definition (id),
    status         varchar(16)  not null,
    started_at     timestamptz,
    due_at         timestamptz,
    budget_seconds bigint,
    paused_since   timestamptz,
    paused_seconds bigint       not null default 0,
    finished_at    timestamptz,
    unique (kind, ref)
);

create table wf_task
(
    id           bigint generated always as identity primary key,
    instance_id  bigint       not null references wf_instance (id),
    kind         varchar(16)  not null,
    ref          varchar(64)  not null,
    title        varchar(500) not null,
    step_ordinal int,
    step_key     varchar(32)  not null,
    step_kind    varchar(16)  not null,
    step_name    varchar(200) not null,
    role         varchar(32)  not null,
    unit_code    varchar(13)  not null,
    assignee     varchar(64),
    guidance     text,
    created_at   timestamptz  not null,
    due_at       timestamptz,
    completed_at timestamptz,
    completed_by varchar(64),
    outcome      varchar(32)
);
-- the inbox: my open tasks, and open tasks for my role in my unit that nobody has taken, soonest due first
-- (a task without a due time sorts last)
create index wf_task_open_by_assignee on wf_task (assignee, (coalesce(due_at, 'infinity'::timestamptz)), id)
    where completed_at is null;
create index wf_task_open_by_role on wf_task (unit_code, role, (coalesce(due_at, 'infinity'::timestamptz)), id)
    where completed_at is null and assignee is null;
create index wf_task_by_instance on wf_task (instance_id, id);

create table wf_clock_event
(
    id          bigint generated always as identity primary key,
    instance_id bigint      not null references wf_instance (id),
    at          timestamptz not null,
    type        varchar(16) not null,
    due_at      timestamptz,
    note        varchar(500)
);
create index wf_clock_event_by_instance on wf_clock_event (instance_id, id);
