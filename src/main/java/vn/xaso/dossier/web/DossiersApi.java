package vn.xaso.dossier.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
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
import vn.xaso.dossier.ActionRequest;
import vn.xaso.dossier.DossierAction;
import vn.xaso.dossier.DossierDesk;
import vn.xaso.dossier.DossierFiles;
import vn.xaso.dossier.DossierForms;
import vn.xaso.dossier.DossierList;
import vn.xaso.dossier.DossierRegister;
import vn.xaso.dossier.HistoryEntry;
import vn.xaso.dossier.NewDossier;
import vn.xaso.dossier.web.DossierView.FileView;
import vn.xaso.files.StoredFile;
import vn.xaso.identity.CurrentUser;
import vn.xaso.organization.Organization;

/** {@code /api/v1/dossiers}: submit, read, list, act, history. */
@RestController
@RequestMapping("/api/v1/dossiers")
class DossiersApi {

    private final DossierDesk desk;
    private final DossierList list;
    private final DossierFiles files;
    private final DossierForms forms;
    private final CurrentUser currentUser;
    private final vn.xaso.dossier.BatchApproval batch;
    private final MessageSource messages;
    private final DossierRegister register;
    private final Clock clock;

    DossiersApi(DossierDesk desk, DossierList list, DossierFiles files, DossierForms forms, CurrentUser currentUser,
            vn.xaso.dossier.BatchApproval batch, MessageSource messages, DossierRegister register, Clock clock) {
        this.register = register;
        this.clock = clock;
        this.batch = batch;
        this.messages = messages;
        this.desk = desk;
        this.files = files;
        this.forms = forms;
        this.list = list;
        this.currentUser = currentUser;
    }

    /**
     * The answer is read inside the reception's transaction: a node that cannot get a database connection for it answers
     * 503 with nothing received, never 503 for a dossier that was (the client would receive it twice).
     */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    DossierView submit(@Valid @RequestBody NewDossier request) {
        return DossierView.of(desk.submit(currentUser.get(), request), desk, files, List.of());
    }

    /**
     * The unit's Sổ theo dõi hồ sơ (Mẫu 07) for a period (default: this year so far): {@code format} json (default),
     * pdf or xlsx.
     */
    @GetMapping("/register")
    ResponseEntity<?> register(@RequestParam(required = false) String unit,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String format) {
        var user = currentUser.get();
        LocalDate today = LocalDate.now(clock.withZone(Organization.ZONE));
        LocalDate end = to != null ? to : from != null && from.getYear() != today.getYear() ? from.withDayOfYear(from.lengthOfYear()) : today;
        LocalDate start = from != null ? from : end.withDayOfYear(1);
        String unitCode = unit == null || unit.isBlank() ? user.unitCode() : unit.strip();
        if (unitCode == null) {
            throw new InvalidInput("unit", "dossier.register.unit");
        }
        DossierRegister.Book book = register.book(user, unitCode, start, end);
        String name = "so-theo-doi-ho-so-" + unitCode + "-" + start + "-" + end;
        if (format == null || format.isBlank() || format.equalsIgnoreCase("json")) {
            return ResponseEntity.ok(book);
        }
        if (format.equalsIgnoreCase("pdf")) {
            return download(register.pdf(book), MediaType.APPLICATION_PDF, name + ".pdf");
        }
        if (format.equalsIgnoreCase("xlsx")) {
            return download(register.xlsx(book),
                    MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), name + ".xlsx");
        }
        throw new InvalidInput("format", "register.format");
    }

    private static ResponseEntity<byte[]> download(byte[] content, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(content);
    }

    @GetMapping("/{code}")
    DossierView get(@PathVariable String code) {
        return DossierView.of(desk.get(currentUser.get(), code), desk, files, List.of());
    }

    @GetMapping
    CursorPage<DossierView.Summary> list(@RequestParam(required = false) String unit, @RequestParam(required = false) String status,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String q, @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor) {
        int size = CursorPage.limit(limit);
        var page = list.find(currentUser.get(), unit, status, from, to, q, cursor, size);
        return new CursorPage<>(page.items().stream().map(DossierView.Summary::of).toList(), page.next());
    }

    @GetMapping("/{code}/actions")
    List<String> actions(@PathVariable String code) {
        return desk.actions(currentUser.get(), code).stream().map(DossierAction::path).toList();
    }

    /** Read inside the action's transaction, like {@link #submit}: a 503 means the action was not taken. */
    @PostMapping("/{code}/actions/{action}")
    @Transactional
    DossierView act(@PathVariable String code, @PathVariable String action,
            @Valid @RequestBody(required = false) ActionRequest request) {
        DossierAction known = DossierAction.of(action).orElseThrow(() -> new NotFound("Action", action));
        var result = desk.act(currentUser.get(), code, known, request == null ? ActionRequest.empty() : request);
        List<String> warnings = result.warnings().stream()
                .map(key -> messages.getMessage(key, null, key, LocaleContextHolder.getLocale())).toList();
        return DossierView.of(result.dossier(), desk, files, warnings);
    }

    /**
     * Adds a scan of a component or the result (multipart: {@code file}, {@code kind} = COMPONENT or RESULT, and for a
     * component the {@code component}'s name: the file is then that paper's electronic copy).
     */
    @PostMapping(value = "/{code}/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    FileView upload(@PathVariable String code, @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String kind, @RequestParam(required = false) String component) throws IOException {
        if (file == null) {
            throw new InvalidInput("file", "files.required");
        }
        StoredFile stored = files.upload(currentUser.get(), code, file.getBytes(), file.getOriginalFilename(), kind, component);
        return FileView.of(stored, desk.components(code));
    }

    /** One of the forms 01–07 as a PDF. */
    @GetMapping("/{code}/forms/{form}")
    ResponseEntity<byte[]> form(@PathVariable String code, @PathVariable String form) {
        byte[] pdf = forms.render(currentUser.get(), code, form);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("mau-" + form + "-" + code + ".pdf").build().toString())
                .body(pdf);
    }

    /** The e-receipt of the dossier's fee as a PDF (409 while nothing was paid). */
    @GetMapping("/{code}/receipt")
    ResponseEntity<byte[]> receipt(@PathVariable String code) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("bien-lai-" + code + ".pdf").build().toString())
                .body(forms.receipt(currentUser.get(), code));
    }

    /**
     * A leader approves and signs many dossiers at once, confirming once ({@code confirmation}: their PIN, or the OTP of
     * their remote signing service); each one that fails is reported, the others complete.
     */
    @PostMapping("/batch-approve")
    BatchView batchApprove(@Valid @RequestBody BatchRequest request) {
        var done = batch.run(currentUser.get(), request.codes(), request.comment(), request.confirmation())
                .progress(messages, LocaleContextHolder.getLocale());
        return new BatchView(done.approved(), done.failed());
    }

    record BatchRequest(@NotEmpty @Size(max = 500) List<@NotNull @Size(max = 40) String> codes,
            @Size(max = 2000) String comment, @Size(max = 20) String confirmation) {
    }

    record BatchView(List<String> approved, List<vn.xaso.dossier.BatchApproval.Failure> failed) {
    }

    @GetMapping("/{code}/history")
    List<HistoryView> history(@PathVariable String code) {
        return desk.history(currentUser.get(), code).stream().map(HistoryView::of).toList();
    }

    record HistoryView(OffsetDateTime at, String actor, String action, String fromStatus, String toStatus, String comment) {
        static HistoryView of(HistoryEntry e) {
            return new HistoryView(DossierView.at(e.at()), e.actor(), e.action(),
                    e.fromStatus() == null ? null : e.fromStatus().name(), e.toStatus().name(), e.comment());
        }
    }
}
