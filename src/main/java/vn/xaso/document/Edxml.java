package vn.xaso.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import vn.xaso.api.Conflict;
import vn.xaso.api.Forbidden;
import vn.xaso.api.InvalidInput;
import vn.xaso.api.Refusal;
import vn.xaso.files.StoredFile;
import vn.xaso.identity.XasoUser;
import vn.xaso.organization.Official;
import vn.xaso.organization.Organization;
import vn.xaso.organization.Role;
import vn.xaso.organization.Unit;

/**
 * Exchange with agencies outside the platform in EDXML (QCVN 102:2016/BTTTT) as the exchange platforms (LGSP, the
 * national document exchange) pass it: {@code <edXML>} holding the {@code edXML:edXMLEnvelope} (MessageHeader: From,
 * To, DocumentId, Code, PromulgationInfo, DocumentType, Subject, SignerInfo, ToPlaces, OtherInfo with the real page
 * count and copies; TraceHeaderList; the manifest) and {@code AttachmentEncoded/Attachment/ContentTransferEncoded} with
 * the PDF; the import of such a message as an incoming document; and status messages (received, assigned,
 * completed, recalled) back to the sender, naming its DocumentId and who handles it.
 */
@Service
public class Edxml {

    public static final String NAMESPACE = "http://www.mic.gov.vn/TBT/QCVN_102_2016";
    private static final String P = "edXML:";
    private static final int MAX_MESSAGE = 30 * 1024 * 1024;
    private static final String ROOT = "edXML";
    private static final String ATTACHMENT = "attachment-1";

    private final DocumentDesk desk;
    private final Documents documents;
    private final DocumentFiles files;
    private final Organization organization;

    Edxml(DocumentDesk desk, Documents documents, DocumentFiles files, Organization organization) {
        this.desk = desk;
        this.documents = documents;
        this.files = files;
        this.organization = organization;
    }

    /**
     * The EDXML message of an issued outgoing document as the exchange platforms pass it: {@code <edXML>} holding the
     * {@code edXML:edXMLEnvelope} (header, trace, manifest) and, beside it, {@code AttachmentEncoded/Attachment} with the
     * sealed PDF in {@code ContentTransferEncoded} (base64); the real page count and number of copies issued.
     */
    @Transactional(readOnly = true)
    public String export(XasoUser user, long id) {
        Document d = desk.get(user, id);
        if (d.isIncoming() || d.status() != DocumentStatus.ISSUED && d.status() != DocumentStatus.RECALLED) {
            throw new Conflict("document.exchange.not-issued",
                    Refusal.term("doc.direction." + d.direction()), Refusal.term("doc.status." + d.status()));
        }
        List<Documents.Recipient> recipients = documents.recipients(d.id());
        return document(d, recipients, recipients);
    }

    /**
     * The message of an issued document addressed ({@code To}) to {@code to}, listing every place it goes to
     * ({@code ToPlaces}, {@code PromulgationAmount}) among {@code all}.
     */
    String document(Document d, List<Documents.Recipient> to, List<Documents.Recipient> all) {
        Unit unit = organization.requireUnit(d.unitCode());
        StoredFile file = files.require(d.fileId());
        byte[] content = files.content(file);
        org.w3c.dom.Document xml = newDocument();
        Element root = xml.createElement(ROOT);
        root.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:edXML", NAMESPACE);
        xml.appendChild(root);
        Element envelope = add(xml, root, "edXMLEnvelope");
        Element edxmlHeader = add(xml, envelope, "edXMLHeader");
        Element header = add(xml, edxmlHeader, "MessageHeader");
        organ(xml, add(xml, header, "From"), unit.code(), unit.name());
        for (Documents.Recipient r : to) {
            organ(xml, add(xml, header, "To"), r.organId() != null ? r.organId() : r.unitCode(), r.name());
        }
        text(xml, header, "DocumentId", documentId(unit.code(), d));
        Element code = add(xml, header, "Code");
        text(xml, code, "CodeNumber", d.reference().codeNumber());
        text(xml, code, "CodeNotation", d.reference().codeNotation());
        Element promulgation = add(xml, header, "PromulgationInfo");
        text(xml, promulgation, "Place", unit.name());
        text(xml, promulgation, "PromulgationDate", String.valueOf(d.reference().issuedDate()));
        Element type = add(xml, header, "DocumentType");
        text(xml, type, "Type", "1");
        text(xml, type, "TypeName", d.typeName());
        text(xml, header, "Subject", d.subject());
        Official signer = d.signing().signer() == null ? null : organization.official(d.signing().signer()).orElse(null);
        Element signerInfo = add(xml, header, "SignerInfo");
        Documents.Issuer issuer = documents.issuer(d.id());
        text(xml, signerInfo, "Competence", issuer.competence() == null ? "" : issuer.competence());
        text(xml, signerInfo, "Position", issuer.position() != null ? issuer.position() : signer == null ? "" : signer.title());
        text(xml, signerInfo, "FullName", signer == null ? "" : signer.fullName());
        Element toPlaces = add(xml, header, "ToPlaces");
        for (Documents.Recipient r : all) {
            text(xml, toPlaces, "Place", r.name());
        }
        Element other = add(xml, header, "OtherInfo");
        text(xml, other, "Priority", String.valueOf(priorityCode(d.content().priority())));
        text(xml, other, "PromulgationAmount", String.valueOf(Math.max(1, all.size())));
        text(xml, other, "PageAmount", String.valueOf(pages(content)));
        Element trace = add(xml, add(xml, edxmlHeader, "TraceHeaderList"), "TraceHeader");
        text(xml, trace, "OrganId", unit.code());
        text(xml, trace, "Timestamp", OffsetDateTime.ofInstant(d.signing().issuedAt(), Organization.ZONE).toString());
        Element reference = add(xml, add(xml, add(xml, envelope, "edXMLBody"), "edXMLManifest"), "Reference");
        text(xml, reference, "ContentId", ATTACHMENT);
        text(xml, reference, "ContentType", file.contentType());
        text(xml, reference, "Description", file.name());
        text(xml, reference, "AttachmentName", file.name());
        Element attachment = plain(xml, plain(xml, root, "AttachmentEncoded"), "Attachment");
        plain(xml, attachment, "ContentId").setTextContent(ATTACHMENT);
        plain(xml, attachment, "AttachmentName").setTextContent(file.name());
        plain(xml, attachment, "ContentType").setTextContent(file.contentType());
        plain(xml, attachment, "ContentTransferEncoded").setTextContent(Base64.getEncoder().encodeToString(content));
        return write(xml);
    }

    /**
     * Registers an EDXML message received from another agency as an incoming document of the clerk's unit: the
     * envelope as exchange platforms send it (inside {@code <edXML>}, or on its own), the first attachment from
     * {@code AttachmentEncoded} (zipped or not) or from the body.
     */
    @Transactional
    public DocumentDesk.Registered receive(XasoUser clerk, byte[] message) {
        if (!clerk.hasRole(Role.CLERK) && !clerk.hasRole(Role.LEADER)) {
            throw new Forbidden("document.incoming.clerk-only");
        }
        Message read = read(message);
        if (read.incoming() == null) {
            throw new InvalidInput("Subject", "document.edxml.subject");
        }
        DocumentDesk.Registered registered = desk.registerIncoming(clerk, read.incoming());
        if (read.documentId() != null) {
            documents.rememberSender(registered.document().id(), read.documentId(), read.from().id(), null);
        }
        if (read.attachment() != null) {
            desk.attachScan(clerk, registered.document().id(), read.attachment().content(), read.attachment().name());
        }
        return new DocumentDesk.Registered(documents.require(registered.document().id()), registered.duplicateOf());
    }

    /** An organ on the exchange: its id (13 characters for state bodies) and name. */
    record Organ(String id, String name) {
    }

    /** A status message about one of the receiver's documents ({@code ResponseFor}): how far its recipient has come. */
    record StatusReport(String documentId, String code, String description, String staff, OffsetDateTime at) {
    }

    /**
     * What an EDXML message says: who sent it to whom, the sender's id of the document, and either a document (what
     * the clerk would type, and its first attachment) or a status report.
     */
    record Message(Organ from, List<Organ> to, String documentId, NewIncoming incoming, Attachment attachment,
            StatusReport status) {
    }

    /** Reads an EDXML message: a document, or a status message (one with {@code ResponseFor}). */
    Message read(byte[] message) {
        if (message == null || message.length == 0 || message.length > MAX_MESSAGE) {
            throw new InvalidInput("message", "document.edxml.size");
        }
        Element root = parse(message).getDocumentElement();
        Element envelope = NAMESPACE.equals(root.getNamespaceURI()) ? root : single(root, "edXMLEnvelope");
        Element header = single(envelope, "MessageHeader");
        Element from = single(header, "From");
        String senderName = value(from, "OrganName");
        if (senderName == null || senderName.isBlank()) {
            throw new InvalidInput("From", "document.edxml.organ");
        }
        Organ sender = new Organ(value(from, "OrganId"), senderName);
        List<Organ> to = new java.util.ArrayList<>();
        NodeList addressed = header.getElementsByTagNameNS(NAMESPACE, "To");
        for (int i = 0; i < addressed.getLength(); i++) {
            Element organ = (Element) addressed.item(i);
            to.add(new Organ(value(organ, "OrganId"), value(organ, "OrganName")));
        }
        Element responseFor = optional(header, "ResponseFor");
        if (responseFor != null) {
            Element staff = optional(header, "StaffInfo");
            String timestamp = value(header, "Timestamp");
            OffsetDateTime at;
            try {
                at = timestamp == null || timestamp.isBlank() ? null : OffsetDateTime.parse(timestamp);
            } catch (java.time.format.DateTimeParseException e) {
                throw new InvalidInput("Timestamp", "document.edxml.date");
            }
            return new Message(sender, to, value(responseFor, "DocumentId"), null, null, new StatusReport(
                    value(responseFor, "DocumentId"), value(header, "StatusCode"), value(header, "Description"),
                    staff == null ? null : value(staff, "Staff"), at));
        }
        Element code = optional(header, "Code");
        Element promulgation = optional(header, "PromulgationInfo");
        Element type = optional(header, "DocumentType");
        LocalDate issued = date(promulgation == null ? null : value(promulgation, "PromulgationDate"));
        String subject = value(header, "Subject");
        if (subject == null || subject.isBlank()) {
            throw new InvalidInput("Subject", "document.edxml.subject");
        }
        String organId = sender.id();
        NewIncoming incoming = new NewIncoming(new NewIncoming.Sender(organId == null || organId.length() > 13 ? null : organId,
                senderName), code == null ? null : value(code, "CodeNumber"), code == null ? null : value(code, "CodeNotation"),
                issued, type == null || value(type, "TypeName") == null ? "Công văn" : value(type, "TypeName"), subject,
                priorityName(optional(header, "OtherInfo") == null ? null : value(optional(header, "OtherInfo"), "Priority")), null);
        String documentId = value(header, "DocumentId");
        return new Message(sender, to, documentId == null || documentId.isBlank() ? null : documentId.strip(), incoming,
                firstAttachment(root, envelope), null);
    }

    /**
     * The status message for an incoming document, telling its sender how far it has come: which of its documents
     * ({@code ResponseFor} with the sender's {@code DocumentId}), who handles it ({@code StaffInfo}), the status code.
     */
    @Transactional(readOnly = true)
    public String status(XasoUser user, long id) {
        Document d = desk.get(user, id);
        if (!d.isIncoming()) {
            throw new Conflict("document.edxml.status-incoming");
        }
        ExchangeStatus status = ExchangeStatus.of(d.status());
        return status(d, status, status.description(d), Instant.now());
    }

    /** The status message {@code status} for the sender of incoming document {@code d}, as it was {@code at}. */
    String status(Document d, ExchangeStatus status, String description, Instant at) {
        Unit unit = organization.requireUnit(d.unitCode());
        Official staff = d.handling().mainHandler() == null ? null : organization.official(d.handling().mainHandler()).orElse(null);
        LocalDate issued = d.reference().issuedDate();
        return statusMessage(new Organ(unit.code(), unit.name()), new Organ(d.origin().organId(), d.origin().name()),
                d.reference().text(), issued, documents.senderDocumentId(d.id()).orElse(""),
                staff != null ? staff.fullName() : unit.name(), status, description, at);
    }

    /** The refusal (status 02) of a message that cannot be taken: addressed to an organ not here, or unreadable. */
    String refusal(Organ as, Message refused, String reason, Instant at) {
        NewIncoming in = refused.incoming();
        String code = in == null ? null : (in.codeNumber() == null ? "" : in.codeNumber())
                + (in.codeNotation() == null ? "" : "/" + in.codeNotation());
        return statusMessage(as, refused.from(), code, in == null ? null : in.issuedDate(),
                refused.documentId() == null ? "" : refused.documentId(), as.name(), ExchangeStatus.REFUSED, reason, at);
    }

    private String statusMessage(Organ from, Organ to, String code, LocalDate issued, String senderDocumentId, String staff,
            ExchangeStatus status, String description, Instant at) {
        String timestamp = OffsetDateTime.ofInstant(at, Organization.ZONE).withNano(0).toString();
        org.w3c.dom.Document xml = newDocument();
        Element root = xml.createElement(ROOT);
        root.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:edXML", NAMESPACE);
        xml.appendChild(root);
        Element edxmlHeader = add(xml, add(xml, root, "edXMLEnvelope"), "edXMLHeader");
        Element header = add(xml, edxmlHeader, "MessageHeader");
        organ(xml, add(xml, header, "From"), from.id(), from.name());
        organ(xml, add(xml, header, "To"), to.id() == null ? "" : to.id(), to.name());
        Element responseFor = add(xml, header, "ResponseFor");
        text(xml, responseFor, "OrganId", to.id() == null ? "" : to.id());
        text(xml, responseFor, "Code", code == null ? "" : code);
        text(xml, responseFor, "PromulgationDate", issued == null ? "" : issued.toString());
        text(xml, responseFor, "DocumentId", senderDocumentId);
        Element staffInfo = add(xml, header, "StaffInfo");
        text(xml, staffInfo, "Department", from.name());
        text(xml, staffInfo, "Staff", staff);
        text(xml, staffInfo, "Email", "");
        text(xml, staffInfo, "Mobile", "");
        text(xml, header, "StatusCode", status.code());
        text(xml, header, "Description", description);
        text(xml, header, "Timestamp", timestamp);
        Element trace = add(xml, add(xml, edxmlHeader, "TraceHeaderList"), "TraceHeader");
        text(xml, trace, "OrganId", from.id());
        text(xml, trace, "Timestamp", timestamp);
        return write(xml);
    }

    /** The exchange's document id: the sending organ, the day and the document ({@code H40.01,2026-12-06,42}). */
    static String documentId(String organId, Document d) {
        return organId + "," + d.reference().issuedDate() + "," + d.id();
    }

    private static int pages(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            return 1;
        }
    }

    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String date = text.strip();
        try {
            return date.matches("[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}")
                    ? LocalDate.parse(date, java.time.format.DateTimeFormatter.ofPattern("d/M/uuuu"))
                    : LocalDate.parse(date.length() > 10 ? date.substring(0, 10) : date);
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInput("PromulgationDate", "document.edxml.date");
        }
    }

    record Attachment(String name, byte[] content) {
    }

    /** The first attachment: {@code AttachmentEncoded/Attachment/ContentTransferEncoded}, else the body's {@code Attachment/Value}. */
    private static Attachment firstAttachment(Element root, Element envelope) {
        NodeList encoded = root.getElementsByTagNameNS("*", "ContentTransferEncoded");
        Element value = encoded.getLength() > 0 ? (Element) encoded.item(0) : null;
        Element attachment = value == null ? null : (Element) value.getParentNode();
        if (value == null) {
            Element body = optional(envelope, "edXMLBody");
            NodeList old = body == null ? null : body.getElementsByTagNameNS(NAMESPACE, "Attachment");
            if (old == null || old.getLength() == 0) {
                return null;
            }
            attachment = (Element) old.item(0);
            value = optional(attachment, "Value");
        }
        byte[] content;
        try {
            content = Base64.getMimeDecoder().decode(value == null ? "" : value.getTextContent().strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("Attachment", "document.edxml.attachment");
        }
        if (content.length == 0) {
            throw new InvalidInput("Attachment", "document.edxml.attachment");
        }
        String name = child(attachment, "AttachmentName");
        return new Attachment(name, unzipped(content));
    }

    /** Platforms may send an attachment zipped: its first file, else the bytes as they came. */
    private static byte[] unzipped(byte[] content) {
        if (content.length < 4 || content[0] != 'P' || content[1] != 'K') {
            return content;
        }
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry = zip.getNextEntry();
            return entry == null ? content : zip.readNBytes(MAX_MESSAGE);
        } catch (IOException e) {
            throw new InvalidInput("Attachment", "document.edxml.attachment");
        }
    }

    /** A child's text, whatever its namespace. */
    private static String child(Element parent, String name) {
        NodeList found = parent.getElementsByTagNameNS("*", name);
        return found.getLength() == 0 ? null : found.item(0).getTextContent().strip();
    }

    private static int priorityCode(String priority) {
        return switch (priority == null ? "NORMAL" : priority) {
            case "URGENT" -> 1;
            case "VERY_URGENT" -> 2;
            case "EXPRESS" -> 3;
            default -> 0;
        };
    }

    private static String priorityName(String code) {
        return switch (code == null ? "0" : code.strip()) {
            case "1" -> "URGENT";
            case "2" -> "VERY_URGENT";
            case "3" -> "EXPRESS";
            default -> "NORMAL";
        };
    }

    private static org.w3c.dom.Document newDocument() {
        try {
            return factory().newDocumentBuilder().newDocument();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Parses untrusted XML: no DTDs, no external entities. */
    private static org.w3c.dom.Document parse(byte[] message) {
        try {
            DocumentBuilder builder = factory().newDocumentBuilder();
            builder.setErrorHandler(null);
            org.w3c.dom.Document xml = builder.parse(new ByteArrayInputStream(message));
            Element root = xml.getDocumentElement();
            if (!NAMESPACE.equals(root.getNamespaceURI())
                    && root.getElementsByTagNameNS(NAMESPACE, "edXMLEnvelope").getLength() == 0) {
                throw new InvalidInput("message", "document.edxml.namespace", NAMESPACE);
            }
            return xml;
        } catch (InvalidInput e) {
            throw e;
        } catch (Exception e) {
            throw new InvalidInput("message", "document.edxml.xml");
        }
    }

    private static DocumentBuilderFactory factory() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setExpandEntityReferences(false);
        return factory;
    }

    private static String write(org.w3c.dom.Document xml) {
        try {
            var transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(xml), new StreamResult(out));
            return out.toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Element add(org.w3c.dom.Document xml, Element parent, String name) {
        Element element = xml.createElementNS(NAMESPACE, P + name);
        if (parent == null) {
            xml.appendChild(element);
        } else {
            parent.appendChild(element);
        }
        return element;
    }

    /** An element without namespace, as exchange platforms write {@code AttachmentEncoded}. */
    private static Element plain(org.w3c.dom.Document xml, Element parent, String name) {
        Element element = xml.createElement(name);
        parent.appendChild(element);
        return element;
    }

    private static void text(org.w3c.dom.Document xml, Element parent, String name, String value) {
        add(xml, parent, name).setTextContent(value == null ? "" : value);
    }

    private static void organ(org.w3c.dom.Document xml, Element parent, String id, String name) {
        text(xml, parent, "OrganId", id);
        text(xml, parent, "OrganName", name);
    }

    private static Element optional(Element parent, String name) {
        NodeList found = parent.getElementsByTagNameNS(NAMESPACE, name);
        return found.getLength() == 0 ? null : (Element) found.item(0);
    }

    private static Element single(Element parent, String name) {
        Element found = optional(parent, name);
        if (found == null) {
            throw new InvalidInput(name, "document.edxml.missing", name);
        }
        return found;
    }

    private static String value(Element parent, String name) {
        Element found = optional(parent, name);
        return found == null ? null : found.getTextContent().strip();
    }
}
