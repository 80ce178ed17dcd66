package vn.xaso.dossier.web;

import jakarta.validation.Valid;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.xaso.api.Unavailable;
import vn.xaso.api.Inputs;
import vn.xaso.api.NotFound;
import vn.xaso.api.Refusal;
import vn.xaso.api.TooOften;
import vn.xaso.catalog.Catalog;
import vn.xaso.catalog.Offerings;
import vn.xaso.catalog.Procedure.Channel;
import vn.xaso.catalog.Procedure;
import vn.xaso.dossier.ApplicantLookups;
import vn.xaso.dossier.Citizen;
import vn.xaso.dossier.Dossier;
import vn.xaso.dossier.DossierAction;
import vn.xaso.dossier.DossierDesk;
import vn.xaso.dossier.DossierFiles;
import vn.xaso.dossier.DossierForms;
import vn.xaso.dossier.DossierList;
import vn.xaso.dossier.DossierStatus;
import vn.xaso.identity.CurrentUser;
import vn.xaso.identity.XasoUser;
import vn.xaso.organization.Organization;
import vn.xaso.organization.Role;

/** The officials' dossier pages: the list, the counter's intake form, and the dossier page with its actions. */
@Controller
class DossierPages {

    private static final int PAGE = 50;

    private final DossierDesk desk;
    private final DossierList list;
    private final DossierFiles files;
    private final DossierForms forms;
    private final Catalog catalog;
    private final Organization organization;
    private final CurrentUser currentUser;
    private final MessageSource messages;
    private final ApplicantLookups lookups;
    private final Offerings offerings;

    DossierPages(DossierDesk desk, DossierList list, DossierFiles files, DossierForms forms, Catalog catalog,
            Organization organization, CurrentUser currentUser, MessageSource messages, ApplicantLookups lookups,
            Offerings offerings) {
        this.offerings = offerings;
        this.lookups = lookups;
        this.messages = messages;
        this.desk = desk;
        this.list = list;
        this.files = files;
        this.forms = forms;
        this.catalog = catalog;
        this.organization = organization;
        this.currentUser = currentUser;
    }

    @GetMapping("/dossiers")
    String list(@RequestParam(required = false) String status, @RequestParam(required = false) String q,
            @RequestParam(required = false) String cursor, @RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model) {
        XasoUser user = currentUser.get();
        var page = list.find(user, null, status, null, null, q, cursor, PAGE);
        model.addAttribute("dossiers", page.items());
        model.addAttribute("next", page.next());
        model.addAttribute("status", Inputs.blankToNull(status));
        model.addAttribute("q", q);
        model.addAttribute("statuses", vn.xaso.dossier.DossierStatus.values());
        return htmx != null ? "dossier/list :: results" : "dossier/list";
    }

    /** Step 1: pick the procedure (searchable, with or without diacritics); step 2: the checklist and the applicant. */
    @GetMapping("/dossiers/new")
    String intake(@RequestParam(required = false) String procedure, @RequestParam(required = false) String q,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        XasoUser user = currentUser.get();
        if (Inputs.blankToNull(procedure) == null) {
            model.addAttribute("procedures", offerings.find(user.unitCode(), Inputs.blankToNull(q), null, 100));
            model.addAttribute("q", q);
            return htmx != null ? "dossier/pick :: results" : "dossier/pick";
        }
        return intakeForm(model, catalog.requireProcedure(procedure), IntakeForm.blank(procedure, Channel.COUNTER));
    }

    @PostMapping("/dossiers")
    String receive(@Valid @ModelAttribute("form") IntakeForm form, BindingResult errors,
            @RequestParam(value = "scans", required = false) List<MultipartFile> scans, Model model,
            RedirectAttributes redirect) throws IOException {
        XasoUser user = currentUser.get();
        Procedure procedure = catalog.requireProcedure(form.procedureCode());
        List<String> missing = form.missingOf(procedure.components());
        if (!errors.hasErrors() && !missing.isEmpty() && !Boolean.TRUE.equals(form.incompleteConfirmed())) {
            // not received while papers are missing: say so before anything is made, and let the officer choose
            model.addAttribute("missing", missing);
            return intakeForm(model, procedure, form);
        }
        if (!errors.hasErrors()) {
            try {
                Dossier dossier = desk.submit(user, form.toNewDossier(user.unitCode()));
                for (MultipartFile scan : scans == null ? List.<MultipartFile>of() : scans) {
                    if (!scan.isEmpty()) {
                        files.upload(user, dossier.code(), scan.getBytes(), scan.getOriginalFilename(), "COMPONENT");
                    }
                }
                redirect.addFlashAttribute(dossier.status() == DossierStatus.WAITING_SUPPLEMENT ? "incomplete" : "received",
                        dossier.code());
                return "redirect:/dossiers/" + dossier.code();
            } catch (ErrorResponseException e) {
                Inputs.reject(errors, e);
            }
        }
        return intakeForm(model, procedure, form);
    }

    /**
     * The counter's lookup in the national population database: fills name, birth date and address when it answers
     * (only the boxes still empty, never what the officer has typed meanwhile), says in plain words when it has no such
     * person or cannot answer (the officer then types the data).
     */
    @GetMapping("/dossiers/applicant")
    String lookup(@RequestParam(defaultValue = "") String idNumber, @RequestParam(defaultValue = "") String fullName,
            @RequestParam(defaultValue = "") String birthDate, @RequestParam(defaultValue = "") String address, Model model) {
        model.addAttribute("fill", Map.of("fullName", fullName.isBlank(), "birthDate", birthDate.isBlank(),
                "address", address.isBlank()));
        String id = idNumber.strip();
        if (!id.matches("[0-9]{12}")) {
            model.addAttribute("lookup", "invalid");
            return "dossier/intake :: lookup";
        }
        try {
            Optional<Citizen> found = lookups.lookUp(currentUser.get(), id, null);
            model.addAttribute("lookup", found.isPresent() ? "found" : "unknown");
            model.addAttribute("found", found.orElse(null));
        } catch (Unavailable e) {
            model.addAttribute("lookup", "unavailable");
        } catch (TooOften e) {
            model.addAttribute("lookup", "too-many");
            model.addAttribute("refusal", Refusal.text(e, messages));
        }
        return "dossier/intake :: lookup";
    }

    @GetMapping("/dossiers/{code}")
    String show(@PathVariable String code, Model model) {
        XasoUser user = currentUser.get();
        Dossier dossier = desk.get(user, code);
        model.addAttribute("d", dossier);
        model.addAttribute("procedure", catalog.version(dossier.procedureCode(), dossier.procedureVersion()));
        model.addAttribute("task", desk.openTask(dossier).orElse(null));
        model.addAttribute("tasks", desk.tasksOf(dossier));
        model.addAttribute("history", desk.history(user, code));
        model.addAttribute("components", desk.components(code));
        model.addAttribute("files", files.of(code));
        model.addAttribute("pausedMinutes", desk.pausedMinutes(dossier));
        model.addAttribute("actions", desk.actions(user, code).stream().map(DossierAction::path).toList());
        model.addAttribute("feeDue", desk.feeDue(dossier));
        model.addAttribute("payments", desk.payments(dossier));
        model.addAttribute("specialists", organization.officials(dossier.unitCode(), null, null, 500).stream()
                .filter(o -> o.active() && o.hasRole(Role.SPECIALIST)).toList());
        return "dossier/show";
    }

    @PostMapping("/dossiers/{code}/do/{action}")
    String act(@PathVariable String code, @PathVariable String action, @ModelAttribute ActionForm form,
            RedirectAttributes redirect) {
        DossierAction known = DossierAction.of(action).orElseThrow(() -> new NotFound("Action", action));
        try {
            var result = desk.act(currentUser.get(), code, known, form.toRequest());
            boolean awaitingFee = result.dossier().status() == DossierStatus.WAITING_PAYMENT;
            redirect.addFlashAttribute("done", awaitingFee ? "accept-awaiting-payment" : action);
            redirect.addFlashAttribute("warnings", result.warnings());
        } catch (ErrorResponseException e) {
            redirect.addFlashAttribute("failed", Refusal.text(e, messages));
        }
        return "redirect:/dossiers/" + code;
    }

    /** A file for the dossier: {@code paper} names the component it is the electronic copy of, or OTHER, or RESULT. */
    @PostMapping("/dossiers/{code}/attach")
    String attach(@PathVariable String code, @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String paper, RedirectAttributes redirect) throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw new vn.xaso.api.InvalidInput("file", "files.required");
            }
            if (Inputs.blankToNull(paper) == null) {
                throw new vn.xaso.api.InvalidInput("paper", "dossier.attach.paper-required");
            }
            boolean result = "RESULT".equals(paper);
            files.upload(currentUser.get(), code, file.getBytes(), file.getOriginalFilename(), result ? "RESULT" : "COMPONENT",
                    result || "OTHER".equals(paper) ? null : paper);
            redirect.addFlashAttribute("done", "attach");
        } catch (ErrorResponseException e) {
            redirect.addFlashAttribute("failed", Refusal.text(e, messages));
        }
        return "redirect:/dossiers/" + code;
    }

    /** The e-receipt of the dossier's fee, to print for the applicant. */
    @GetMapping("/dossiers/{code}/receipt")
    ResponseEntity<byte[]> receipt(@PathVariable String code) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=bien-lai-" + code + ".pdf")
                .body(forms.receipt(currentUser.get(), code));
    }

    @GetMapping("/dossiers/{code}/forms/{form}")
    ResponseEntity<byte[]> form(@PathVariable String code, @PathVariable String form) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("mau-" + form + "-" + code + ".pdf").build().toString())
                .body(forms.render(currentUser.get(), code, form));
    }

    private String intakeForm(Model model, Procedure procedure, IntakeForm form) {
        model.addAttribute("procedure", procedure);
        model.addAttribute("offering", offerings.offering(procedure, currentUser.get().unitCode()));
        model.addAttribute("form", form);
        model.addAttribute("channels", procedure.channels().stream().filter(c -> c != Channel.ONLINE).toList());
        return "dossier/intake";
    }
}
