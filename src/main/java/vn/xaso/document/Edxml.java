package vn.xaso.document;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
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
 * Exchange with agencies outside the platform in EDXML (QCVN 102:2016/BTTTT): an issued document as a message
 * (header: From, To, DocumentId, Code, PromulgationInfo, DocumentType, Subject, SignerInfo, OtherInfo, TraceHeaderList;
 * body: manifest and the PDF in base64), the import of such a message as an incoming document, and status messages
 * (received, accepted, assigned, completed) back to the sender.
 */
@Service
public class Edxml {

    public static final String NAMESPACE = "http://www.mic.gov.vn/TBT/QCVN_102_2016";
    private static final String P = "edXML:";
    private static final int MAX_MESSAGE = 30 * 1024 * 1024;

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

    /** The EDXML message of an issued outgoing document, with its sealed PDF. */
    @Transactional(readOnly = true)
    public String export(XasoUser user, long id) {
        Document d = desk.get(user, id);
        if (d.isIncoming() || d.status() != DocumentStatus.ISSUED && d.status() != DocumentStatus.RECALLED) {
            throw new Conflict("document.exchange.not-issued",
                    Refusal.term("doc.direction." + d.direction()), Refusal.term("doc.status." + d.status()));
        }
        Unit unit = organization.requireUnit(d.unitCode());
        org.w3c.dom.Document xml = newDocument();
        Element envelope = add(xml, null, "edXMLEnvelope");
        Element header = add(xml, add(xml, envelope, "edXMLHeader"), "MessageHeader");
        organ(xml, add(xml, header, "From"), unit.code(), unit.name());
        for (Documents.Recipient r : documents.recipients(d.id())) {
            organ(xml, add(xml, header, "To"), r.organId() != null ? r.organId() : r.unitCode(), r.name());
        }
        text(xml, header, "DocumentId", d.unitCode() + "," + d.reference().issuedDate() + "," + d.id());
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
        Element other = add(xml, header, "OtherInfo");
        text(xml, other, "Priority", String.valueOf(priorityCode(d.content().priority())));
        text(xml, other, "PromulgationAmount", "1");
        text(xml, other, "PageAmount", "1");
        Element traces = add(xml, (Element) header.getParentNode(), "TraceHeaderList");
        Element trace = add(xml, traces, "TraceHeader");
        text(xml, trace, "OrganId", unit.code());
        text(xml, trace, "Timestamp", OffsetDateTime.ofInstant(d.signing().issuedAt(), Organization.ZONE).toString());
        Element body = add(xml, envelope, "edXMLBody");
        StoredFile file = files.require(d.fileId());
        Element reference = add(xml, add(xml, body, "edXMLManifest"), "Reference");
        text(xml, reference, "ContentId", "attachment-1");
        text(xml, reference, "ContentType", file.contentType());
        text(xml, reference, "Description", file.name());
        Element attachment = add(xml, body, "Attachment");
        text(xml, attachment, "ContentId", "attachment-1");
        text(xml, attachment, "AttachmentName", file.name());
        text(xml, attachment, "ContentType", file.contentType());
        text(xml, attachment, "Value", Base64.getEncoder().encodeToString(files.content(file)));
        return write(xml);
    }

    /** Registers an EDXML message received from another agency as an incoming document of the clerk's unit. */
    @Transactional
    public DocumentDesk.Registered receive(XasoUser clerk, byte[] message) {
        if (!clerk.hasRole(Role.CLERK) && !clerk.hasRole(Role.LEADER)) {
            throw new Forbidden("document.incoming.clerk-only");
        }
        if (message == null || message.length == 0 || message.length > MAX_MESSAGE) {
            throw new InvalidInput("message", "document.edxml.size");
        }
        Element root = parse(message).getDocumentElement();
        Element header = single(root, "MessageHeader");
        Element from = single(header, "From");
        Element code = optional(header, "Code");
        Element promulgation = optional(header, "PromulgationInfo");
        Element type = optional(header, "DocumentType");
        String date = promulgation == null ? null : value(promulgation, "PromulgationDate");
        LocalDate issued;
        try {
            issued = date == null || date.isBlank() ? null : LocalDate.parse(date.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInput("PromulgationDate", "document.edxml.date");
        }
        String subject = value(header, "Subject");
        if (subject == null || subject.isBlank()) {
            throw new InvalidInput("Subject", "document.edxml.subject");
        }
        String senderName = value(from, "OrganName");
        if (senderName == null || senderName.isBlank()) {
            throw new InvalidInput("From", "document.edxml.organ");
        }
        String organId = value(from, "OrganId");
        NewIncoming incoming = new NewIncoming(new NewIncoming.Sender(organId == null || organId.length() > 13 ? null : organId,
                senderName), code == null ? null : value(code, "CodeNumber"), code == null ? null : value(code, "CodeNotation"),
                issued, type == null || value(type, "TypeName") == null ? "Công văn" : value(type, "TypeName"), subject,
                priorityName(optional(header, "OtherInfo") == null ? null : value(optional(header, "OtherInfo"), "Priority")), null);
        DocumentDesk.Registered registered = desk.registerIncoming(clerk, incoming);
        Element body = optional(root, "edXMLBody");
        NodeList attachments = body == null ? null : body.getElementsByTagNameNS(NAMESPACE, "Attachment");
        if (attachments != null && attachments.getLength() > 0) {
            Element attachment = (Element) attachments.item(0);
            byte[] content;
            try {
                content = Base64.getMimeDecoder().decode(value(attachment, "Value"));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new InvalidInput("Attachment", "document.edxml.attachment");
            }
            desk.attachScan(clerk, registered.document().id(), content, value(attachment, "AttachmentName"));
        }
        return new DocumentDesk.Registered(documents.require(registered.document().id()), registered.duplicateOf());
    }

    /** The status message for an incoming document, telling its sender how far it has come. */
    @Transactional(readOnly = true)
    public String status(XasoUser user, long id) {
        Document d = desk.get(user, id);
        if (!d.isIncoming()) {
            throw new Conflict("document.edxml.status-incoming");
        }
        Unit unit = organization.requireUnit(d.unitCode());
        String[] status = switch (d.status()) {
            case REGISTERED -> new String[] {"03",
                    "Đã tiếp nhận, vào sổ văn bản đến số " + d.registration().arrivalNumber()};
            case ASSIGNED -> new String[] {"04", "Đã phân công xử lý"};
            case COMPLETED -> new String[] {"06", "Đã hoàn thành xử lý"};
            case RECALLED -> new String[] {"13", "Văn bản đã bị thu hồi"};
            default -> new String[] {"01", "Đã đến"};
        };
        org.w3c.dom.Document xml = newDocument();
        Element root = add(xml, null, "Status");
        Element header = add(xml, root, "StatusHeader");
        organ(xml, add(xml, header, "From"), unit.code(), unit.name());
        Element responseFor = add(xml, header, "ResponseFor");
        text(xml, responseFor, "OrganId", d.origin().organId() == null ? "" : d.origin().organId());
        text(xml, responseFor, "Code", d.reference().text() == null ? "" : d.reference().text());
        LocalDate issued = d.reference().issuedDate();
        text(xml, responseFor, "PromulgationDate", issued == null ? "" : issued.toString());
        text(xml, root, "StatusCode", status[0]);
        text(xml, root, "Description", status[1]);
        text(xml, root, "Timestamp", OffsetDateTime.now(ZoneOffset.ofHours(7)).withNano(0).toString());
        return write(xml);
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
            if (!NAMESPACE.equals(xml.getDocumentElement().getNamespaceURI())) {
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
