package vn.xaso.dossier.web;

import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.xaso.api.Refusal;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import vn.xaso.api.NotFound;
import vn.xaso.dossier.BatchApproval;
import vn.xaso.identity.CurrentUser;

/** The leader's batch approval: start it from the inbox, then watch its progress bar fill up. */
@Controller
class BatchPages {

    private final BatchApproval batch;
    private final CurrentUser currentUser;
    private final MessageSource messages;

    BatchPages(BatchApproval batch, CurrentUser currentUser, MessageSource messages) {
        this.batch = batch;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    @PostMapping("/dossiers/batch-approve")
    String start(@RequestParam(required = false) List<String> codes, @RequestParam(required = false) String confirmation,
            RedirectAttributes redirect) {
        if (codes == null || codes.isEmpty()) {
            return "redirect:/inbox";
        }
        try {
            return "redirect:/dossiers/batch/" + batch.start(currentUser.get(), codes, null, confirmation).id();
        } catch (ErrorResponseException e) {
            // a wrong PIN or OTP: nothing was signed; back to the list, told why
            redirect.addFlashAttribute("failed", Refusal.text(e, messages));
            return "redirect:/inbox";
        }
    }

    @GetMapping("/dossiers/batch/{id}")
    String progress(@PathVariable String id, @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        BatchApproval.Job job = batch.job(id);
        if (job == null) {
            throw new NotFound("Batch", id);
        }
        model.addAttribute("job", job.progress(messages, LocaleContextHolder.getLocale()));
        return htmx != null ? "dossier/batch :: progress" : "dossier/batch";
    }
}
