package vn.xaso.dossier;

import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import vn.xaso.files.PdfRenderer;

/** Official papers from XHTML templates under {@code forms/}, always in Vietnamese, rendered to PDF. */
@Component
class FormTemplates {

    private final PdfRenderer pdf;
    private final SpringTemplateEngine templates = new SpringTemplateEngine();

    FormTemplates(PdfRenderer pdf) {
        this.pdf = pdf;
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("forms/");
        resolver.setSuffix(".xhtml");
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        templates.setTemplateResolver(resolver);
    }

    byte[] pdf(String template, Map<String, Object> model) {
        return pdf.render(templates.process(template, new Context(Locale.forLanguageTag("vi"), model)));
    }
}
