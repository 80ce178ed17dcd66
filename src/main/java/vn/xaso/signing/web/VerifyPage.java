package vn.xaso.signing.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.xaso.api.TooManyRequests;
import vn.xaso.signing.Signatures;

/** A page where anyone checks a signed PDF: who signed, when, whether it is intact and trusted. */
@Controller
class VerifyPage {

    private final Signatures signatures;
    private final PublicChecks publicChecks;

    VerifyPage(Signatures signatures, PublicChecks publicChecks) {
        this.signatures = signatures;
        this.publicChecks = publicChecks;
    }

    @GetMapping("/verify")
    String form() {
        return "signing/verify";
    }

    @PostMapping("/verify")
    String verify(@RequestParam(required = false) MultipartFile file, Model model, HttpServletRequest request)
            throws IOException {
        try {
            publicChecks.count(request.getRemoteAddr());
        } catch (TooManyRequests e) {
            model.addAttribute("error", "tooMany");
            return "signing/verify";
        }
        if (file == null || file.isEmpty()) {
            model.addAttribute("error", "empty");
            return "signing/verify";
        }
        try {
            model.addAttribute("verification", signatures.verify(file.getBytes()));
            model.addAttribute("fileName", file.getOriginalFilename());
        } catch (ErrorResponseException e) {
            model.addAttribute("error", "notPdf");
        }
        return "signing/verify";
    }
}
