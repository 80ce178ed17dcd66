package vn.xaso.notification.web;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.xaso.api.Refusal;
import vn.xaso.identity.CurrentUser;
import vn.xaso.notification.Channel;
import vn.xaso.notification.NoticeTemplates;
import vn.xaso.notification.Notice;

/**
 * {@code /admin/notifications/templates}: the texts citizens receive, each with a preview filled with an example
 * dossier; a province administrator changes one, looks at the preview, then saves.
 */
@Controller
class NoticeTemplatesPage {

    private final NoticeTemplates templates;
    private final CurrentUser currentUser;
    private final MessageSource messages;

    NoticeTemplatesPage(NoticeTemplates templates, CurrentUser currentUser, MessageSource messages) {
        this.templates = templates;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    @GetMapping("/admin/notifications/templates")
    String list(Model model) {
        model.addAttribute("templates", templates.all());
        model.addAttribute("example", NoticeTemplates.EXAMPLE);
        return "notification/templates";
    }

    /** Shows the changed text filled with the example ({@code preview}) or saves it ({@code save}). */
    @PostMapping("/admin/notifications/templates")
    String change(@RequestParam Notice notice, @RequestParam Channel channel, @RequestParam(required = false) String subject,
            @RequestParam(required = false) String body, @RequestParam(defaultValue = "preview") String step, Model model,
            RedirectAttributes redirect) {
        try {
            if (step.equals("save")) {
                templates.change(currentUser.get(), notice, channel, subject, body);
                redirect.addFlashAttribute("saved", notice + "/" + channel);
                return "redirect:/admin/notifications/templates";
            }
            model.addAttribute("preview", templates.preview(notice, channel, subject, body));
        } catch (ErrorResponseException e) {
            model.addAttribute("failed", Refusal.text(e, messages));
            model.addAttribute("failedOf", notice + "/" + channel);
            model.addAttribute("draftSubject", subject);
            model.addAttribute("draftBody", body);
        }
        return list(model);
    }
}
