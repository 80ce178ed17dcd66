-- Sổ theo dõi hồ sơ (Mẫu 07): every received dossier takes the next line of its unit's book (one book per unit and
-- year of receipt), printed on Mẫu 01 as "Quyển số … Số thứ tự …". Also what the applicant handed in and chose at
-- receipt: the number of sets and where the result is to be returned; and when the dossier was handed over.
alter table dossier
    add column register_book   int,
    add column register_line   int,
    add column sets            int not null default 1,
    add column result_channel  varchar(8),
    add column handed_over_at  timestamptz;

create table dossier_register_counter
(
    unit_code varchar(13) not null,
    book      int         not null,
    last      int         not null,
    primary key (unit_code, book)
);

-- dossiers received before this change get their lines in the order they were received
update dossier d
set register_book = x.book, register_line = x.line, handed_over_at = d.received_at
from (select code, extract(year from received_at at time zone 'Asia/Ho_Chi_Minh')::int as book,
             row_number() over (partition by unit_code, extract(year from received_at at time zone 'Asia/Ho_Chi_Minh')
                 order by received_at, code) as line
      from dossier where received_at is not null) x
where d.code = x.code;

insert into dossier_register_counter (unit_code, book, last)
select unit_code, register_book, max(register_line) from dossier where register_line is not null group by unit_code, register_book;

create unique index dossier_register_line on dossier (unit_code, register_book, register_line) where register_line is not null;
create index dossier_register_by_received on dossier (unit_code, received_at) where received_at is not null;
