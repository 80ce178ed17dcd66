-- What a unit prints as the issuer of its papers (NĐ 30/2020): the abbreviation in its symbols (UBND, SNV …), the
-- governing body's line above its name for a department (UBND TỈNH NINH BÌNH), the title of its head (CHỦ TỊCH,
-- GIÁM ĐỐC) that signing authorities refer to, and its drafting departments (VP, KT …) for công văn symbols.
-- Null means the default for the unit's type.
alter table unit
    add column issuer_abbreviation varchar(20),
    add column governing_name      varchar(200),
    add column head_title          varchar(100);

create table unit_department
(
    unit_code varchar(13)  not null references unit (code),
    code      varchar(10)  not null check (code ~ '^[A-ZĐ0-9]{1,10}$'),
    name      varchar(200) not null,
    primary key (unit_code, code)
);
