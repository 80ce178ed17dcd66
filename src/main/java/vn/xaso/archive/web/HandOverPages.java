package vn.xaso.archive.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.xaso.api.Refusal;
import vn.xaso.archive.HandOvers;
import vn.xaso.identity.CurrentUser;
import vn.xaso.identity.XasoUser;
import vn.xaso.organization.Official;
import vn.xaso.organization.Organization;

/**
 * Hand-over pages: the administrators' form (and the unit's recent hand-overs), the list of hand-overs an official is
 * party to, and one hand-over's record with what each side has signed and, for the official it waits for, the form to
 * sign it with their PIN or OTP.
 */
@Controller
class HandOverPages {

    private final HandOvers handOvers;
    private final Organization organization;
    private final CurrentUser currentUser;
    private final MessageSource messages;

    HandOverPages(HandOvers handOvers, Organization organization, CurrentUser currentUser, MessageSource messages) {
        this.handOvers = handOvers;
        this.organization = organization;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    @GetMapping("/admin/hand-over")
    String form(Model model) {
        listed(model, handOvers.visibleTo(currentUser.get()));
        return "archive/hand-over";
    }

    @PostMapping("/admin/hand-over")
    String handOver(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String note, RedirectAttributes redirect) {
        try {
            HandOvers.HandOver done = handOvers.handOver(currentUser.get(), from, to, note);
            redirect.addFlashAttribute("handedOver", true);
            return "redirect:/hand-overs/" + done.id();
        } catch (ErrorResponseException e) {
            redirect.addFlashAttribute("failed", Refusal.text(e, messages));
            return "redirect:/admin/hand-over";
        }
    }

    @GetMapping("/hand-overs")
    String list(Model model) {
        listed(model, handOvers.visibleTo(currentUser.get()));
        return "archive/hand-overs";
    }

    @GetMapping("/hand-overs/{id}")
    String show(@PathVariable long id, Model model) {
        XasoUser user = currentUser.get();
        HandOvers.HandOver handOver = handOvers.find(user, id);
        model.addAttribute("h", handOver);
        model.addAttribute("names", names(List.of(handOver)));
        model.addAttribute("mine", handOvers.awaitsSignatureOf(user, handOver));
        return "archive/hand-over-record";
    }

    @PostMapping("/hand-overs/{id}/sign")
    String sign(@PathVariable long id, @RequestParam(required = false) String confirmation, RedirectAttributes redirect) {
        try {
            handOvers.sign(currentUser.get(), id, confirmation);
            redirect.addFlashAttribute("signed", true);
        } catch (ErrorResponseException e) {
            redirect.addFlashAttribute("failed", Refusal.text(e, messages));
        }
        return "redirect:/hand-overs/" + id;
    }

    private void listed(Model model, List<HandOvers.HandOver> list) {
        model.addAttribute("handOvers", list);
        model.addAttribute("names", names(list));
    }

    /** The officials' full names by username: a page names people, not logins. */
    private Map<String, String> names(List<HandOvers.HandOver> list) {
        Map<String, String> names = new HashMap<>();
        for (HandOvers.HandOver h : list) {
            for (String username : List.of(h.from(), h.to(), h.by())) {
                names.computeIfAbsent(username, u -> organization.official(u).map(Official::fullName).orElse(u));
            }
        }
        return names;
    }
}
