-- A hand-over record is signed by each official from their own inbox, with their own confirmation (PIN or OTP), and
-- then sealed by the unit; until both have signed the hand-over is pending. Records made before this were signed at
-- once by the server when the administrator handed over: they count as signed and sealed then.
alter table hand_over add column record_file_id  uuid;
alter table hand_over add column giver_signed_at timestamptz;
alter table hand_over add column taker_signed_at timestamptz;
alter table hand_over add column sealed_at       timestamptz;
update hand_over set giver_signed_at = at, taker_signed_at = at, sealed_at = at;

-- a record's file belongs to its hand-over (read by both officials and the administrators), no longer to the unit
update stored_file set owner_ref = substring(name from '^bien-ban-ban-giao-([0-9]+)\.pdf$')
where owner_kind = 'HAND_OVER' and name ~ '^bien-ban-ban-giao-[0-9]+\.pdf$';
update hand_over h set record_file_id = f.id
from stored_file f where f.owner_kind = 'HAND_OVER' and f.owner_ref = h.id::text;

create index hand_over_by_giver on hand_over (from_user, at desc);
create index hand_over_by_taker on hand_over (to_user, at desc);
