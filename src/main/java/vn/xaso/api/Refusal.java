package vn.xaso.api;

import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A refusal the user reads: a message key with Vietnamese and English text in {@code messages_*.properties}, its
 * arguments, and the same key as the problem's stable {@code code}. The text is put in the caller's language when
 * the answer is written (the API's problem details, {@link #text} for the pages).
 */
public abstract class Refusal extends ErrorResponseException {

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9-]+)*");

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy", Locale.ROOT);

    private final String code;

    /** {@code code}: a message key ({@code dossier.supplement.once}); {@code args} fill its placeholders. */
    Refusal(HttpStatus status, String code, Object... args) {
        super(status, problem(status, code), null, requireKey(code), args);
        this.code = code;
    }

    /** The stable machine code, e.g. {@code dossier.supplement.once}. */
    public String code() {
        return code;
    }

    /** The text of any error response in the given language, as the pages and the API show it. */
    public static String text(ErrorResponseException e, MessageSource messages, Locale locale) {
        return e.updateAndGetBody(messages, locale).getDetail();
    }

    /** The text of any error response in the language of the current request. */
    public static String text(ErrorResponseException e, MessageSource messages) {
        return text(e, messages, LocaleContextHolder.getLocale());
    }

    /** A message argument that is itself translated, e.g. a status name ({@code status.PROCESSING}). */
    public static DefaultMessageSourceResolvable term(String key) {
        return new DefaultMessageSourceResolvable(new String[] {key}, key);
    }

    /** A moment as a refusal prints it: {@code HH:mm dd/MM/yyyy}, Vietnam time. */
    public static String at(Instant instant) {
        return AT.format(instant.atZone(VietnamTime.ZONE));
    }

    private static String requireKey(String code) {
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("a refusal is a message key, not text: " + code);
        }
        return code;
    }

    private static ProblemDetail problem(HttpStatus status, String code) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, code);
        problem.setProperty("code", code);
        if (status == HttpStatus.BAD_REQUEST) {
            problem.setType(URI.create("https://xaso.vn/problems/invalid-input"));
        }
        return problem;
    }
}
