package vn.xaso.simulator;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The simulated document exchange platform: a mailbox per organ. A message posted is put in the mailbox of each organ
 * of its {@code To}; a message posted again by the same sender with the same id is kept once. A receiver lists what
 * waits for it (an organ and those under it: {@code H40} takes {@code H40.01} …), reads a message, and takes it out
 * (acknowledges it); everything ever delivered stays on record.
 */
final class Exchange {

    /** A message in one organ's mailbox. */
    record Delivery(String id, String from, String to, String kind, String statusCode, String documentId, String body,
            Instant at, boolean acknowledged) {

        Delivery acknowledge() {
            return new Delivery(id, from, to, kind, statusCode, documentId, body, at, true);
        }
    }

    private final Map<String, Delivery> deliveries = new LinkedHashMap<>();
    private final Set<String> posted = new HashSet<>();
    private long next = 1;

    /**
     * Takes a message from {@code sender}'s id {@code messageId}: the deliveries made, none if it had it already.
     * Throws IllegalArgumentException when it is not EDXML with a sender and at least one addressee.
     */
    synchronized List<Delivery> post(String messageId, String xml) {
        Element header = header(xml);
        String from = organId(header, "From");
        List<String> to = new ArrayList<>();
        NodeList addressed = header.getElementsByTagNameNS("*", "To");
        for (int i = 0; i < addressed.getLength(); i++) {
            String organ = text((Element) addressed.item(i), "OrganId");
            if (organ != null && !organ.isBlank()) {
                to.add(organ.strip());
            }
        }
        if (from == null || to.isEmpty()) {
            throw new IllegalArgumentException("From/OrganId and To/OrganId are required");
        }
        if (messageId != null && !posted.add(from + "/" + messageId)) {
            return List.of();
        }
        boolean status = header.getElementsByTagNameNS("*", "ResponseFor").getLength() > 0;
        Element responseFor = status ? (Element) header.getElementsByTagNameNS("*", "ResponseFor").item(0) : null;
        String documentId = status ? text(responseFor, "DocumentId") : text(header, "DocumentId");
        List<Delivery> made = new ArrayList<>();
        for (String organ : to) {
            Delivery d = new Delivery("m" + next++, from, organ, status ? "status" : "document",
                    status ? text(header, "StatusCode") : null, documentId, xml, Instant.now(), false);
            deliveries.put(d.id(), d);
            made.add(d);
        }
        return made;
    }

    /** What waits for the organ and those under it, the oldest first (at most 100). */
    synchronized List<Delivery> waiting(String organ) {
        return deliveries.values().stream().filter(d -> !d.acknowledged() && under(d.to(), organ)).limit(100).toList();
    }

    synchronized Optional<Delivery> get(String id) {
        return Optional.ofNullable(deliveries.get(id));
    }

    synchronized boolean acknowledge(String id) {
        Delivery d = deliveries.get(id);
        if (d == null) {
            return false;
        }
        deliveries.put(id, d.acknowledge());
        return true;
    }

    /** Everything delivered to the organ, taken out or not, in order. */
    synchronized List<Delivery> deliveredTo(String organ) {
        return deliveries.values().stream().filter(d -> d.to().equals(organ)).toList();
    }

    private static boolean under(String to, String organ) {
        return to.equals(organ) || to.startsWith(organ + ".");
    }

    private static Element header(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            var builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            NodeList headers = builder.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
                    .getElementsByTagNameNS("*", "MessageHeader");
            if (headers.getLength() == 0) {
                throw new IllegalArgumentException("no MessageHeader");
            }
            return (Element) headers.item(0);
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalArgumentException("not XML");
        }
    }

    private static String organId(Element header, String name) {
        NodeList found = header.getElementsByTagNameNS("*", name);
        return found.getLength() == 0 ? null : text((Element) found.item(0), "OrganId");
    }

    private static String text(Element parent, String name) {
        NodeList found = parent.getElementsByTagNameNS("*", name);
        return found.getLength() == 0 ? null : found.item(0).getTextContent().strip();
    }
}
