-- How an outgoing document is issued: the drafting department its công văn symbol names (UBND-VP), and the
-- signature block as signed: the authority (TM., KT., Q., TL., TUQ.), the authority lines and the signer's position.
create table document_issuer
(
    document_id         bigint       primary key references document (id),
    drafting_department varchar(10),
    signer_authority    varchar(4),
    signer_competence   varchar(300),
    signer_position     varchar(200)
);
