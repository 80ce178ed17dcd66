-- What a payment was for and on what terms, as the e-receipt prints it: phí or lệ phí (the procedure version's fee
-- schedule), how many pages or copies a per-unit fee was counted on, and the exemption or reduction granted with its
-- reason (an exemption is a payment of 0 on record, so the result can be returned).
alter table dossier_payment add column fee_kind varchar(8);
alter table dossier_payment add column units int;
alter table dossier_payment add column exemption text;
alter table dossier_payment drop constraint dossier_payment_amount_check;
alter table dossier_payment add constraint dossier_payment_amount_check check (amount > 0 or (amount = 0 and exemption is not null));
