-- How each signer confirms that a signature is theirs: a PIN of their own for their key on the server, or the OTP of
-- a remote signing service (CSC API) that holds their key. No row: the server's key signs without confirmation
-- (refused where xaso.signing.confirmation-required is on).
create table signer_method
(
    username        varchar(64) primary key,
    method          varchar(8)  not null check (method in ('PIN', 'REMOTE')),
    pin_hash        varchar(100),
    failed_attempts int         not null default 0,
    locked_until    timestamptz,
    credential_id   varchar(200),
    updated_at      timestamptz not null default now(),
    check (method <> 'PIN' or pin_hash is not null),
    check (method <> 'REMOTE' or credential_id is not null)
);
