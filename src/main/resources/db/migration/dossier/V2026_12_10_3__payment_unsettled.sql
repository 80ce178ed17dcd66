-- A fee paid online for a dossier that could not take it then (withdrawn, not complete, another amount): the money was
-- taken, so the payment is recorded all the same, with why it waits; the counter settles it (receives the dossier, or
-- refunds). Null: applied to the dossier.
alter table dossier_payment add column unsettled varchar(500);
create index dossier_payment_unsettled on dossier_payment (unit_code) where unsettled is not null;
