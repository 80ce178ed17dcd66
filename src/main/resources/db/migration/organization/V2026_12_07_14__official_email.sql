-- Where an official's e-mail goes (a leader's daily digest of what is overdue in the unit).
alter table official add column email varchar(200);
