package vn.xaso.document.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.xaso.api.Inputs;
import vn.xaso.api.NotFound;
import vn.xaso.api.Refusal;
import vn.xaso.document.Direction;
import vn.xaso.document.Document;
import vn.xaso.document.DocumentAction;
import vn.xaso.document.DocumentDesk;
import vn.xaso.document.DocumentList;
import vn.xaso.document.DocumentRequest;
import vn.xaso.document.DocumentType;
import vn.xaso.document.Documents;
import vn.xaso.document.NewIncoming;
import vn.xaso.document.NewOutgoing;
import vn.xaso.identity.CurrentUser;
import vn.xaso.identity.XasoUser;
import vn.xaso.organization.Official;
import vn.xaso.organization.Organization;
import vn.xaso.organization.Role;

/**
 * The documents pages: the unit's incoming and outgoing documents with search, the clerk's registration form, a
 * new draft, and each document with only the actions the user may take now, each with a hint of what it does.
 */
@Controller
class DocumentPages {

    private static final int PAGE = 30;

    private final DocumentDesk desk;
    private final DocumentList list;
    private final Organization organization;
    private final CurrentUser currentUser;
    private final MessageSource messages;

    DocumentPages(DocumentDesk desk, DocumentList list, Organization organization, CurrentUser currentUser, MessageSource messages) {
        this.desk = desk;
        this.list = list;
        this.organization = organization;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    @GetMapping("/documents")
    String list(@RequestParam(required = false) String direction, @RequestParam(required = false) String q,
            @RequestParam(required = false) boolean overdue, @RequestParam(required = false) String cursor, Model model) {
        XasoUser user = currentUser.get();
        Direction which = DocumentsApi.parse(Direction.class, direction, "direction");
        List<Document> rows = list.page(user, null, which, null, q, overdue, Documents.Cursor.parse(cursor), PAGE + 1);
        model.addAttribute("overdue", overdue);
        model.addAttribute("today", LocalDate.now(Organization.ZONE));
        model.addAttribute("documents", rows.size() > PAGE ? rows.subList(0, PAGE) : rows);
        Document last = rows.size() > PAGE ? rows.get(PAGE - 1) : null;
        model.addAttribute("next", last != null ? new Documents.Cursor(last.registration().registeredAt(),
                last.id()).encode() : null);
        model.addAttribute("direction", which == null ? null : which.name());
        model.addAttribute("q", q);
        model.addAttribute("year", LocalDate.now(Organization.ZONE).getYear());
        return "document/list";
    }

    @GetMapping("/documents/incoming/new")
    String newIncoming(Model model) {
        model.addAttribute("types", DocumentType.values());
        return "document/incoming";
    }

    @PostMapping("/documents/incoming")
    String registerIncoming(@RequestParam(required = false) String senderName, @RequestParam(required = false) String senderOrganId,
            @RequestParam(required = false) String codeNumber, @RequestParam(required = false) String codeNotation,
            @RequestParam(required = false) LocalDate issuedDate, @RequestParam(required = false) String typeName,
            @RequestParam(required = false) String subject, @RequestParam(required = false) String priority,
            @RequestParam(required = false) LocalDate dueDate, @RequestParam(required = false) MultipartFile scan,
            RedirectAttributes redirect) throws IOException {
        try {
            require(senderName, "senderName");
            require(typeName, "typeName");
            require(subject, "subject");
            XasoUser user = currentUser.get();
            DocumentDesk.Registered registered = desk.registerIncoming(user, new NewIncoming(
                    new NewIncoming.Sender(Inputs.blankToNull(senderOrganId), senderName), codeNumber, codeNotation, issuedDate,
                    typeName, subject, priority, dueDate));
            long id = registered.document().id();
            if (scan != null && !scan.isEmpty()) {
                desk.attachScan(user, id, scan.getBytes(), scan.getOriginalFilename());
            }
            redirect.addFlashAttribute("registered", registered.document().registration().arrivalNumber());
            redirect.addFlashAttribute("duplicateOf", registered.duplicateOf());
            return "redirect:/documents/" + id;
        } catch (ErrorResponseException e) {
            redirect.addFlashAttribute("failed", Refusal.text(e, messages));
            return "redirect:/documents/incoming/new";
        }
    }

    @GetMapping("/documents/outgoing/new")
    String newOutgoing(Model model) {
        model.addAttribute("types", DocumentType.values());
        return "document/outgoing";
    }

    @PostMapping("/documents/outgoing")
    String createOutgoing(@RequestParam(required = false) String typeCode, @RequestParam(required = false) String subject,
            @RequestParam(required = false) String recipientUnits, @RequestParam(required = false) String recipientOthers,
            RedirectAttributes redirect) {
        try {
            require(subject, "subject");
            List<DocumentRequest.RecipientInput> recipients = new java.util.ArrayList<>();
            for (String code : split(recipientUnits)) {
                recipients.add(new DocumentRequest.RecipientInput(code, null, null));
            }
            for (String other : split(recipientOthers)) {
                Matcher organ = ORGAN_AND_NAME.matcher(other);
                recipients.add(organ.matches() ? new DocumentRequest.RecipientInput(null, organ.group(1), organ.group(2))
                        : new DocumentRequest.RecipientInput(null, null, other));
            }
            Document d = desk.createOutgoing(currentUser.get(), new NewOutgoing(typeCode, subject, null, recipients));
            redirect.addFlashAttribute("done", "draft");
            return "redirect:/documents/" + d.id();
        } catch (ErrorResponseException e) {
            redirect.addFlashAttribute("failed", Refusal.text(e, messages));
            return "redirect:/documents/outgoing/new";
        }
    }

    @GetMapping("/documents/{id}")
    String show(@PathVariable long id, Model model) {
        XasoUser user = currentUser.get();
        Document d = desk.get(user, id);
        model.addAttribute("d", d);
        model.addAttribute("actions", desk.actions(user, id).stream().map(DocumentAction::path).toList());
        model.addAttribute("tasks", desk.openTasks(d));
        model.addAttribute("participants", desk.participants(d));
        model.addAttribute("recipients", desk.recipients(d));
        model.addAttribute("exchangeOrigin", desk.exchangeOrigin(d).orElse(null));
        model.addAttribute("exchangeReports", desk.exchangeReports(d));
        model.addAttribute("versions", desk.versions(d));
        model.addAttribute("opinions", desk.opinions(d));
        model.addAttribute("history", desk.history(d));
        List<Official> colleagues = organization.officials(d.unitCode(), null, null, 500).stream()
                .filter(Official::active).toList();
        model.addAttribute("colleagues", colleagues);
        model.addAttribute("leaders", colleagues.stream().filter(o -> o.hasRole(Role.LEADER)).toList());
        model.addAttribute("names", colleagues.stream().collect(java.util.stream.Collectors.toMap(Official::username,
                Official::fullName, (a, b) -> a)));
        return "document/show";
    }

    @PostMapping("/documents/{id}/do/{action}")
    String act(@PathVariable long id, @PathVariable String action, @RequestParam Map<String, String> form,
            @RequestParam(required = false) List<String> coordinators, @RequestParam(required = false) List<String> informed,
            @RequestParam(required = false) List<String> users, @RequestParam(required = false) MultipartFile file,
            RedirectAttributes redirect) throws IOException {
        DocumentAction known = DocumentAction.of(action).orElseThrow(() -> new NotFound("Action", action));
        try {
            if (known == DocumentAction.UPLOAD_DRAFT) {
                if (file == null || file.isEmpty()) {
                    throw new vn.xaso.api.InvalidInput("file", "document.draft.choose");
                }
                byte[] draft = file.getBytes();
                byte[] pdf = desk.draftAsPdf(currentUser.get(), id, draft).orElse(null);
                desk.uploadDraft(currentUser.get(), id, draft, file.getOriginalFilename(), Inputs.blankToNull(form.get("note")), pdf);
            } else {
                desk.act(currentUser.get(), id, known, new DocumentRequest(Inputs.blankToNull(form.get("mainHandler")), coordinators,
                        informed, Inputs.blankToNull(form.get("instruction")), null, days(form.get("dueInWorkingDays")),
                        Inputs.blankToNull(form.get("text")), users, Inputs.blankToNull(form.get("signer")),
                        Inputs.blankToNull(form.get("reason")), null, Inputs.blankToNull(form.get("anchor")), null, null,
                        Inputs.blankToNull(form.get("confirmation"))));
            }
            redirect.addFlashAttribute("done", action);
        } catch (ErrorResponseException e) {
            redirect.addFlashAttribute("failed", Refusal.text(e, messages));
        }
        return "redirect:/documents/" + id;
    }

    private static Integer days(String text) {
        String value = Inputs.blankToNull(text);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new vn.xaso.api.InvalidInput("dueInWorkingDays", "document.due.days");
        }
    }

    private static void require(String value, String field) {
        if (Inputs.blankToNull(value) == null) {
            throw new vn.xaso.api.InvalidInput(field, "input.required", field);
        }
    }

    /** An agency outside xaso written with its organ id first ({@code 000.00.31.H40 Sở Nội vụ}): sent over the exchange. */
    private static final Pattern ORGAN_AND_NAME = Pattern.compile("([0-9A-Z]{2,3}(?:\\.[0-9A-Z]{2,3}){1,3})\\s+(.+)");

    private static List<String> split(String text) {
        if (text == null) {
            return List.of();
        }
        return java.util.Arrays.stream(text.split("[,;\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
