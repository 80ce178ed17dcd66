-- The sender's own id (EDXML DocumentId) of an incoming document received by exchange, named in the status messages
-- sent back to it.
create table document_exchange (
    document_id        bigint primary key references document (id),
    sender_document_id varchar(200) not null
);
