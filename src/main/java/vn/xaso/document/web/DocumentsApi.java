package vn.xaso.document.web;

import jakarta.validation.Valid;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.xaso.api.CursorPage;
import vn.xaso.api.InvalidInput;
import vn.xaso.api.NotFound;
import vn.xaso.document.Direction;
import vn.xaso.document.Document;
import vn.xaso.document.DocumentAction;
import vn.xaso.document.DocumentDesk;
import vn.xaso.document.DocumentList;
import vn.xaso.document.DocumentRequest;
import vn.xaso.document.DocumentStatus;
import vn.xaso.document.Documents;
import vn.xaso.document.Edxml;
import vn.xaso.document.NewIncoming;
import vn.xaso.document.NewOutgoing;
import vn.xaso.document.Registers;
import vn.xaso.identity.CurrentUser;
import vn.xaso.identity.XasoUser;
import vn.xaso.organization.Organization;

/**
 * Official documents over REST (design/api.md, Documents): register incoming, draft outgoing, list and search,
 * read, the actions, draft uploads and scans, the history.
 */
@RestController
@RequestMapping("/api/v1/documents")
class DocumentsApi {

    private final DocumentDesk desk;
    private final DocumentList list;
    private final Registers registers;
    private final Edxml edxml;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final TransactionTemplate transactions;

    DocumentsApi(DocumentDesk desk, DocumentList list, Registers registers, Edxml edxml, CurrentUser currentUser, Clock clock,
            TransactionTemplate transactions) {
        this.transactions = transactions;
        this.desk = desk;
        this.list = list;
        this.registers = registers;
        this.edxml = edxml;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * A register for a year (or a period {@code from}–{@code to}) as PDF (default) or XLSX:
     * {@code INCOMING} (Sổ văn bản đến), {@code OUTGOING} (Sổ văn bản đi), {@code HANDLING} (theo dõi giải quyết).
     */
    @GetMapping("/registers/{kind}")
    ResponseEntity<byte[]> register(@PathVariable String kind, @RequestParam(required = false) String unit,
            @RequestParam(required = false) Integer year, @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to, @RequestParam(required = false) String format) {
        Registers.Kind which = parse(Registers.Kind.class, kind, "kind");
        XasoUser user = currentUser.get();
        int y = year != null ? year : LocalDate.now(clock.withZone(Organization.ZONE)).getYear();
        if (y < 2000 || y > 2100) {
            throw new InvalidInput("year", "input.year", "2000", "2100");
        }
        LocalDate start = from != null ? from : LocalDate.of(y, 1, 1);
        LocalDate end = to != null ? to : LocalDate.of(y, 12, 31);
        Registers.Register register = registers.register(user, which, unit == null || unit.isBlank() ? user.unitCode() : unit.strip(),
                start, end);
        String name = "so-" + which.name().toLowerCase(Locale.ROOT) + "-" + start + "-" + end;
        if (format == null || format.isBlank() || format.equalsIgnoreCase("pdf")) {
            return file(registers.pdf(register), MediaType.APPLICATION_PDF, name + ".pdf");
        }
        if (format.equalsIgnoreCase("xlsx")) {
            return file(registers.xlsx(register),
                    MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), name + ".xlsx");
        }
        throw new InvalidInput("format", "register.format");
    }

    private static ResponseEntity<byte[]> file(byte[] content, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(content);
    }

    @PostMapping("/incoming")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> registerIncoming(@Valid @RequestBody NewIncoming incoming) {
        return registered(desk.registerIncoming(currentUser.get(), incoming));
    }

    private static Map<String, Object> registered(DocumentDesk.Registered registered) {
        Document d = registered.document();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("id", d.id());
        answer.put("arrivalNumber", d.registration().arrivalNumber());
        answer.put("arrivalDate", d.registration().arrivalDate());
        answer.put("status", d.status().name());
        answer.put("duplicate", !registered.duplicateOf().isEmpty());
        answer.put("duplicateOf", registered.duplicateOf());
        return answer;
    }

    /** Receives an EDXML message (the XML as the body, or a multipart {@code file}) as an incoming document. */
    @PostMapping(value = "/incoming/edxml", consumes = {MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE})
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> receiveEdxml(@RequestBody byte[] message) {
        return registered(edxml.receive(currentUser.get(), message));
    }

    @PostMapping(value = "/incoming/edxml", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> receiveEdxmlFile(@RequestParam(required = false) MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new InvalidInput("file", "document.edxml.choose");
        }
        return registered(edxml.receive(currentUser.get(), file.getBytes()));
    }

    @GetMapping("/{id}/edxml")
    ResponseEntity<String> exportEdxml(@PathVariable long id) {
        return xml(edxml.export(currentUser.get(), id));
    }

    /** The EDXML status message (received, accepted, assigned, completed) for the sender of an incoming document. */
    @GetMapping("/{id}/edxml/status")
    ResponseEntity<String> edxmlStatus(@PathVariable long id) {
        return xml(edxml.status(currentUser.get(), id));
    }

    private static ResponseEntity<String> xml(String body) {
        return ResponseEntity.ok().contentType(new MediaType(MediaType.APPLICATION_XML, java.nio.charset.StandardCharsets.UTF_8)).body(body);
    }

    /**
     * Each change's answer is read inside its transaction: a node that cannot get a database connection for it answers
     * 503 with nothing done, never 503 for a change that was made (the client would make it twice).
     */
    @Transactional
    @PostMapping("/outgoing")
    @ResponseStatus(HttpStatus.CREATED)
    DocumentView createOutgoing(@Valid @RequestBody NewOutgoing outgoing) {
        return DocumentView.of(desk.createOutgoing(currentUser.get(), outgoing), desk);
    }

    @GetMapping
    CursorPage<DocumentView.Summary> list(@RequestParam(required = false) String direction,
            @RequestParam(required = false) String status, @RequestParam(required = false) String q,
            @RequestParam(required = false) String unit, @RequestParam(required = false) boolean overdue,
            @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
        int size = CursorPage.limit(limit);
        List<Document> rows = list.page(currentUser.get(), unit, parse(Direction.class, direction, "direction"),
                parse(DocumentStatus.class, status, "status"), q, overdue, Documents.Cursor.parse(cursor), size + 1);
        CursorPage<Document> page = CursorPage.of(rows, size,
                d -> new Documents.Cursor(d.registration().registeredAt(), d.id()).encode());
        return new CursorPage<>(page.items().stream().map(DocumentView.Summary::of).toList(), page.next());
    }

    @GetMapping("/{id}")
    DocumentView get(@PathVariable long id) {
        return DocumentView.of(desk.get(currentUser.get(), id), desk);
    }

    @GetMapping("/{id}/actions")
    List<String> actions(@PathVariable long id) {
        return desk.actions(currentUser.get(), id).stream().map(DocumentAction::path).toList();
    }

    @GetMapping("/{id}/history")
    List<Documents.HistoryLine> history(@PathVariable long id) {
        return desk.history(desk.get(currentUser.get(), id));
    }

    /** An action with a JSON body, or with none at all (e.g. {@code sign}, {@code issue}, {@code complete}). */
    @Transactional
    @PostMapping("/{id}/actions/{action}")
    DocumentView act(@PathVariable long id, @PathVariable String action, @Valid @RequestBody(required = false) DocumentRequest request) {
        DocumentAction known = DocumentAction.of(action).orElseThrow(() -> new NotFound("Action", action));
        return DocumentView.of(desk.act(currentUser.get(), id, known, request == null ? DocumentRequest.empty() : request), desk);
    }

    /**
     * An action posted as a form: {@code upload-draft} with its {@code file} and {@code note}, or any other. A Word
     * draft is converted to PDF first, outside the transaction (503 "try again" while the converter is full).
     */
    @PostMapping(value = "/{id}/actions/{action}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    DocumentView actWithForm(@PathVariable long id, @PathVariable String action,
            @RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String note) throws IOException {
        DocumentAction known = DocumentAction.of(action).orElseThrow(() -> new NotFound("Action", action));
        var user = currentUser.get();
        if (known == DocumentAction.UPLOAD_DRAFT) {
            if (file == null || file.isEmpty()) {
                throw new InvalidInput("file", "document.draft.choose");
            }
            byte[] draft = file.getBytes();
            byte[] pdf = desk.draftAsPdf(user, id, draft).orElse(null);
            return transactions.execute(status -> DocumentView.of(
                    desk.uploadDraft(user, id, draft, file.getOriginalFilename(), note, pdf), desk));
        }
        return transactions.execute(status -> DocumentView.of(desk.act(user, id, known, DocumentRequest.empty()), desk));
    }

    /** Adds a scan to an incoming document (multipart {@code file}). */
    @Transactional
    @PostMapping(value = "/{id}/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    DocumentView attach(@PathVariable long id, @RequestParam(required = false) MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new InvalidInput("file", "files.required");
        }
        return DocumentView.of(desk.attachScan(currentUser.get(), id, file.getBytes(), file.getOriginalFilename()), desk);
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(field, "input.one-of", field, java.util.Arrays.toString(type.getEnumConstants()));
        }
    }
}
