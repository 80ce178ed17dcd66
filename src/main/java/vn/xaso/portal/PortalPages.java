package vn.xaso.portal;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.WebUtils;
import vn.xaso.api.Forbidden;
import vn.xaso.api.Inputs;
import vn.xaso.api.Refusal;
import vn.xaso.catalog.Catalog;
import vn.xaso.catalog.Offerings;
import vn.xaso.catalog.Procedure;
import vn.xaso.dossier.Applicant;
import vn.xaso.dossier.Dossier;
import vn.xaso.dossier.DossierAction;
import vn.xaso.dossier.DossierCommand;
import vn.xaso.dossier.DossierDesk;
import vn.xaso.dossier.DossierFiles;
import vn.xaso.dossier.DossierList;
import vn.xaso.dossier.NewDossier;
import vn.xaso.dossier.ProcedureGuide;
import vn.xaso.catalog.ProcedureTexts;
import vn.xaso.identity.CurrentUser;
import vn.xaso.identity.XasoUser;
import vn.xaso.organization.Organization;
import vn.xaso.organization.UnitQuery;

/** The portal's pages; the catalog and tracking are open to everyone, the rest needs a citizen's login. */
@Controller
class PortalPages {

    private final Catalog catalog;
    private final ProcedureGuide guides;
    private final ProcedureTexts lines;
    private final DossierDesk desk;
    private final DossierList list;
    private final DossierFiles files;
    private final Organization organization;
    private final CurrentUser currentUser;
    private final MessageSource messages;
    private final Offerings offerings;

    PortalPages(Catalog catalog, ProcedureGuide guides, ProcedureTexts lines, DossierDesk desk, DossierList list,
            DossierFiles files, Organization organization, CurrentUser currentUser, MessageSource messages, Offerings offerings) {
        this.offerings = offerings;
        this.catalog = catalog;
        this.guides = guides;
        this.lines = lines;
        this.desk = desk;
        this.list = list;
        this.files = files;
        this.organization = organization;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    @GetMapping("/portal")
    String catalog(@RequestParam(required = false) String q, @RequestParam(required = false) String field,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("procedures", offerings.offeredBy(null, Inputs.blankToNull(q), Inputs.blankToNull(field), 200));
        model.addAttribute("fields", offerings.fields());
        model.addAttribute("q", q);
        model.addAttribute("field", field);
        return htmx != null ? "portal/catalog :: results" : "portal/catalog";
    }

    /** The procedure's guide (Hướng dẫn), for a commune or ward if one is chosen, else for the province. */
    @GetMapping("/portal/catalog/{code}")
    String procedure(@PathVariable String code, @RequestParam(required = false) String unit, Model model) {
        ProcedureGuide.Guide guide = guides.guide(code, Inputs.blankToNull(unit));
        model.addAttribute("guide", guide);
        model.addAttribute("procedure", guide.procedure());
        model.addAttribute("times", lines.times(guide.procedure()));
        model.addAttribute("fee", lines.fee(guide.procedure()));
        model.addAttribute("units", organization.units(new UnitQuery(null, null, false, null), 1000).stream()
                .filter(u -> u.parentCode() != null).toList());
        return "portal/procedure";
    }

    /** Tracking by code and the applicant's ID number; a wrong pair reads as "not found", nothing more. */
    @GetMapping("/portal/track")
    String track(@RequestParam(required = false) String code, @RequestParam(required = false) String idNumber,
            jakarta.servlet.http.HttpServletRequest request, Model model) {
        model.addAttribute("code", code);
        if (Inputs.blankToNull(code) != null) {
            try {
                Dossier d = desk.track(code.strip(), idNumber, request.getRemoteAddr());
                model.addAttribute("d", d);
                model.addAttribute("procedure", catalog.version(d.procedureCode(), d.procedureVersion()));
            } catch (vn.xaso.api.TooManyRequests e) {
                model.addAttribute("tooMany", true);
            } catch (ErrorResponseException e) {
                model.addAttribute("notFound", true);
            }
        }
        return "portal/track";
    }

    @GetMapping("/portal/submit/{code}")
    String submitForm(@PathVariable String code, Model model) {
        citizen();
        return form(model, catalog.requireProcedure(code), null);
    }

    @PostMapping("/portal/submit/{code}")
    String submit(@PathVariable String code, @RequestParam String unitCode, @RequestParam(required = false) String phone,
            @RequestParam(required = false) String email, @RequestParam(required = false) String address,
            @RequestParam(required = false) Boolean zalo,
            @RequestParam(value = "scans", required = false) List<MultipartFile> scans, HttpServletRequest http, Model model,
            RedirectAttributes redirect) throws IOException {
        MultipartRequest uploads = WebUtils.getNativeRequest(http, MultipartRequest.class);
        XasoUser user = citizen();
        Procedure procedure = catalog.requireProcedure(code);
        List<Procedure.Component> papers = procedure.components();
        try {
            NewDossier request = new NewDossier(code, unitCode, Procedure.Channel.ONLINE,
                    new Applicant(user.fullName(), user.idNumber(), null, Inputs.blankToNull(phone), Inputs.blankToNull(email),
                            Inputs.blankToNull(address), zalo), List.of());
            Dossier dossier = desk.submit(user, request);
            // each paper's own upload is its electronic copy, and the paper handed in
            for (int i = 0; i < papers.size(); i++) {
                MultipartFile copy = uploads == null ? null : uploads.getFile("copy-" + i);
                if (copy != null && !copy.isEmpty()) {
                    files.upload(user, dossier.code(), copy.getBytes(), copy.getOriginalFilename(), "COMPONENT",
                            papers.get(i).name());
                }
            }
            for (MultipartFile scan : scans == null ? List.<MultipartFile>of() : scans) {
                if (!scan.isEmpty()) {
                    files.upload(user, dossier.code(), scan.getBytes(), scan.getOriginalFilename(), "COMPONENT");
                }
            }
            redirect.addFlashAttribute("submitted", dossier.code());
            return "redirect:/portal/dossiers/" + dossier.code();
        } catch (ErrorResponseException e) {
            return form(model, procedure, Refusal.text(e, messages));
        }
    }

    @GetMapping("/portal/dossiers")
    String mine(Model model) {
        XasoUser user = citizen();
        model.addAttribute("dossiers", list.find(user, null, null, null, null, null, null, 200).items());
        return "portal/mine";
    }

    @GetMapping("/portal/dossiers/{code}")
    String mineOne(@PathVariable String code, @RequestParam(required = false) String paid, Model model) {
        XasoUser user = citizen();
        Dossier d = desk.get(user, code);
        model.addAttribute("payments", desk.payments(d));
        // back from the payment gateway: paid (the gateway told us already), or waiting for its word
        model.addAttribute("backFromPayment", paid != null);
        model.addAttribute("d", d);
        model.addAttribute("procedure", catalog.version(d.procedureCode(), d.procedureVersion()));
        model.addAttribute("files", files.of(code));
        model.addAttribute("actions", desk.actions(user, code).stream().map(DossierAction::path).toList());
        model.addAttribute("feeDue", desk.feeDue(d));
        return "portal/dossier";
    }

    @PostMapping("/portal/dossiers/{code}/supplement")
    String supplement(@PathVariable String code, @RequestParam(value = "scans", required = false) List<MultipartFile> scans,
            RedirectAttributes redirect) throws IOException {
        XasoUser user = citizen();
        try {
            for (MultipartFile scan : scans == null ? List.<MultipartFile>of() : scans) {
                if (!scan.isEmpty()) {
                    files.upload(user, code, scan.getBytes(), scan.getOriginalFilename(), "COMPONENT");
                }
            }
            desk.act(user, code, new DossierCommand.Supplement(null));
            redirect.addFlashAttribute("done", "supplement");
        } catch (ErrorResponseException e) {
            redirect.addFlashAttribute("failed", Refusal.text(e, messages));
        }
        return "redirect:/portal/dossiers/" + code;
    }

    @PostMapping("/portal/dossiers/{code}/rate")
    String rate(@PathVariable String code, @RequestParam(required = false) Integer score,
            @RequestParam(required = false) String comment, RedirectAttributes redirect) {
        XasoUser user = citizen();
        try {
            desk.act(user, code, new DossierCommand.Rate(score, Inputs.blankToNull(comment)));
            redirect.addFlashAttribute("done", "rate");
        } catch (ErrorResponseException e) {
            redirect.addFlashAttribute("failed", Refusal.text(e, messages));
        }
        return "redirect:/portal/dossiers/" + code;
    }

    private String form(Model model, Procedure procedure, String error) {
        model.addAttribute("procedure", procedure);
        model.addAttribute("units", organization.units(new UnitQuery(null, null, false, null), 1000).stream()
                .filter(unit -> offerings.isOfferedBy(procedure, unit.code())).toList());
        model.addAttribute("error", error);
        return "portal/submit";
    }

    private XasoUser citizen() {
        XasoUser user = currentUser.get();
        if (!user.isCitizen()) {
            throw new Forbidden("portal.citizens-only");
        }
        return user;
    }
}
