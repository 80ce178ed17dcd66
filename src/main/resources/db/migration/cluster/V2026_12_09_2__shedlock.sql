-- Scheduled jobs once per cluster (ShedLock): a job's row says which node runs it and until when at most.
create table shedlock
(
    name       varchar(64) primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);
