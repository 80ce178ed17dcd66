package vn.xaso.document;

/** What a document is: its type (code and name, e.g. QĐ Quyết định), its subject (trích yếu) and its urgency. */
public record Content(String typeCode, String typeName, String subject, String priority) {
}
