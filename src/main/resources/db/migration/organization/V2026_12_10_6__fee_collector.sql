-- The unit as a collector of fees (tổ chức thu phí, lệ phí): the tax code and the e-receipt's form and series symbols it
-- registered with the tax authority, printed on every biên lai it issues (NĐ 123/2020/NĐ-CP art. 32). Not known for
-- any unit until an administrator enters them: a receipt says so rather than print a made-up code.
create table unit_fee_collector
(
    unit_code      varchar(13) primary key references unit (code),
    tax_code       varchar(14),
    receipt_form   varchar(20),
    receipt_series varchar(20)
);
