-- Results signed before their numbers came from the unit's outgoing books (dossier_result_counter, one series per unit
-- and year): each is entered in the Sổ văn bản đi as issued ("03/QĐ-UBND" in the QD book of its year), and each book's
-- counter moves past the highest number a result already took, so that no number and symbol is given twice in a year.
insert into issued_paper (unit_code, book, year, number, code_number, notation, issued_at, type_name, subject, signer,
                          recipient, dossier_code)
select coalesce(d.handling_unit, d.unit_code),
       upper(translate(split_part(split_part(d.result_reference, '/', 2), '-', 1), 'Đđ', 'Dd')),
       extract(year from d.finished_at at time zone 'Asia/Ho_Chi_Minh')::int,
       split_part(d.result_reference, '/', 1)::int,
       split_part(d.result_reference, '/', 1),
       split_part(d.result_reference, '/', 2),
       d.finished_at,
       'Kết quả giải quyết hồ sơ',
       'Kết quả giải quyết hồ sơ ' || d.code,
       null,
       d.applicant_name,
       d.code
from dossier d
where d.result_reference ~ '^[0-9]{1,6}/[^/-]+-[^/]+$'
  and d.finished_at is not null
  and not exists (select 1 from issued_paper p where p.dossier_code = d.code)
on conflict do nothing;

insert into document_counter (unit_code, book, year, last)
select unit_code, book, year, max(number)
from issued_paper
group by unit_code, book, year
on conflict (unit_code, book, year) do update set last = greatest(document_counter.last, excluded.last);
