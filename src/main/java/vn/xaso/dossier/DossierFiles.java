package vn.xaso.dossier;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.xaso.api.Conflict;
import vn.xaso.api.Forbidden;
import vn.xaso.api.InvalidInput;
import vn.xaso.api.NotFound;
import vn.xaso.api.Refusal;
import vn.xaso.catalog.Catalog;
import vn.xaso.document.IssuedPapers;
import vn.xaso.files.FileOwner;
import vn.xaso.files.StoredFile;
import vn.xaso.files.StoredFiles;
import vn.xaso.identity.XasoUser;
import vn.xaso.organization.Organization;
import vn.xaso.organization.Role;
import vn.xaso.organization.SignatureBlock;
import vn.xaso.signing.Placement;
import vn.xaso.signing.Signatures;
import vn.xaso.signing.SigningConsent;

/**
 * A dossier's files: scans of its components and its result. Who may add what: components by the counter,
 * the applicant or the specialist; results by the specialist or the leader; nothing once the dossier is closed.
 */
@Component
public class DossierFiles implements FileOwner {

    static final String OWNER = "DOSSIER";

    private final StoredFiles files;
    private final Dossiers dossiers;
    private final DossierVisibility visibility;
    private final FormModel forms;
    private final FormTemplates templates;
    private final Signatures signatures;
    private final Catalog catalog;
    private final IssuedPapers papers;
    private final Organization organization;
    private final Clock clock;

    DossierFiles(StoredFiles files, Dossiers dossiers, DossierVisibility visibility, FormModel forms, FormTemplates templates,
            Signatures signatures, Catalog catalog, IssuedPapers papers, Organization organization, Clock clock) {
        this.papers = papers;
        this.organization = organization;
        this.signatures = signatures;
        this.catalog = catalog;
        this.clock = clock;
        this.files = files;
        this.dossiers = dossiers;
        this.visibility = visibility;
        this.forms = forms;
        this.templates = templates;
    }

    @Override
    public String ownerKind() {
        return OWNER;
    }

    @Override
    public boolean canRead(XasoUser user, String code) {
        return dossiers.find(code).map(d -> visibility.canSee(user, d)).orElse(false);
    }

    @Transactional
    public StoredFile upload(XasoUser user, String code, byte[] content, String name, String kind) {
        return upload(user, code, content, name, kind, null);
    }

    /**
     * A file of the dossier: a component's scan or upload ({@code kind} COMPONENT; naming the {@code component} makes it
     * that paper's electronic copy, and the paper handed in), or the result (RESULT).
     */
    @Transactional
    public StoredFile upload(XasoUser user, String code, byte[] content, String name, String kind, String component) {
        Dossier d = dossiers.lock(code).filter(x -> visibility.canSee(user, x)).orElseThrow(() -> new NotFound("Dossier", code));
        String fileKind = kind == null ? "COMPONENT" : kind.strip().toUpperCase(Locale.ROOT);
        boolean ofUnit = d.unitCode().equals(user.unitCode()) || (d.handlingUnit() != null && d.handlingUnit().equals(user.unitCode()));
        switch (fileKind) {
            case "COMPONENT" -> {
                if (!(user.isCitizen() || ofUnit && (user.hasRole(Role.COUNTER) || user.hasRole(Role.SPECIALIST)))) {
                    throw new Forbidden("dossier.files.component-forbidden");
                }
            }
            case "RESULT" -> {
                if (!(ofUnit && (user.hasRole(Role.SPECIALIST) || user.hasRole(Role.LEADER)))) {
                    throw new Forbidden("dossier.files.result-forbidden");
                }
            }
            default -> throw new InvalidInput("kind", "dossier.files.kind");
        }
        if (d.status().isClosed() || d.status() == DossierStatus.DONE) {
            throw new Conflict("dossier.files.closed", Refusal.term("status." + d.status()));
        }
        String paper = component == null || component.isBlank() ? null : component.strip();
        if (paper != null && !fileKind.equals("COMPONENT")) {
            throw new InvalidInput("component", "dossier.files.component-of-result");
        }
        DossierComponent copied = paper == null ? null : dossiers.components(code).stream()
                .filter(c -> c.name().equalsIgnoreCase(paper)).findFirst()
                .orElseThrow(() -> new InvalidInput("component", "dossier.files.component-unknown", paper));
        if (copied != null && copied.copyFileId() != null && user.isCitizen()) {
            // the counter's copy stands: the applicant sends a paper again only when it is asked for (a supplement)
            throw new Conflict("dossier.files.copy-exists", copied.name());
        }
        StoredFile file = files.store(content, name, OWNER, code, fileKind, false, user.getUsername());
        String copyOf = copied == null ? null : copied.name();
        if (copyOf != null) {
            dossiers.attachCopy(code, copyOf, file.id());
        }
        dossiers.addHistory(code, new HistoryEntry(Instant.now(), user.getUsername(), "attach-file", d.status(), d.status(),
                fileKind + ": " + file.name() + (copyOf == null ? "" : " — " + copyOf), null, null));
        return file;
    }

    public List<StoredFile> of(String code) {
        return files.ofOwner(OWNER, code);
    }

    /** The result file named by a proposal: one of this dossier's results. */
    StoredFile requireResult(String code, String fileId) {
        try {
            return files.find(UUID.fromString(fileId))
                    .filter(f -> f.ownerKind().equals(OWNER) && f.ownerRef().equals(code) && f.kind().equals("RESULT"))
                    .orElseThrow(() -> new InvalidInput("resultFileId", "dossier.result-file.other"));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("resultFileId", "dossier.result-file.id");
        }
    }

    /**
     * Signs the dossier's latest result as it leaves the unit: the approving leader's signature (as {@code signing}
     * says: confirmed now, under a batch's consent, or made before by a remote batch), then the unit's seal. The
     * signed copy is kept as a new result file; the unsigned draft stays for the record. Returns the paper's number and
     * symbol (the one it already had when there is nothing to sign).
     */
    String signResult(Dossier d, String leader, String unitCode, LeaderSigning signing) {
        StoredFile result = unsignedResult(d).orElse(null);
        if (result == null) {
            return d.outcome().resultReference();
        }
        // the paper leaves the signing unit with its number and symbol, from 01 each year, from the unit's outgoing book
        // for its kind — the clerk's own series for that kind — and is entered in the Sổ văn bản đi
        Instant now = clock.instant();
        int year = LocalDate.ofInstant(now, Organization.ZONE).getYear();
        String kind = kind(d);
        int number = papers.next(unitCode, kind, year);
        String codeNumber = String.format(Locale.ROOT, "%02d", number);
        String symbol = symbol(d, unitCode);
        String reference = "Số: " + codeNumber + "/" + symbol;
        byte[] signed;
        if (signing.signedPaper() != null) {
            // signed by the leader before the number was given: the clerk's way, the number written as the unit's revision
            if (!result.id().toString().equals(signing.resultFileId())) {
                throw new Conflict("dossier.result.changed");
            }
            signed = signatures.sealAndNumber(signing.signedPaper(), unitCode, reference, codeNumber, symbol);
        } else {
            SigningConsent consent = signing.consent() != null ? signing.consent()
                    : signatures.confirm(leader, signing.confirmation(), 1, "dossier " + d.code());
            if (drafted(d, result)) {
                // a paper xaso drafted: printed again with its number and the signer's block, signed under the position
                signed = signatures.signAsLeaderAndUnit(draftToSign(d, unitCode, leader, codeNumber), leader, unitCode,
                        reference, placement(d, result, leader), consent);
            } else {
                signed = signatures.writeNumber(signatures.signAsLeaderAndUnit(files.content(result), leader, unitCode,
                        reference, Placement.SIGNER_BLOCK, consent), unitCode, codeNumber, symbol);
            }
        }
        String name = result.name().replaceFirst("(?i)\\.pdf$", "") + "-da-ky.pdf";
        files.store(signed, name, OWNER, d.code(), "RESULT", true, leader);
        papers.enter(new IssuedPapers.Paper(unitCode, kind, year, number, codeNumber, symbol, now, catalogName(d),
                "Kết quả giải quyết hồ sơ " + d.code() + " (" + catalog.version(d.procedureCode(), d.procedureVersion()).name()
                        + ")", signerName(leader), d.applicant().fullName(), d.code()));
        return codeNumber + "/" + symbol;
    }

    /**
     * The paper the leader's approval would sign, without its number yet (written when the approval numbers it), for a
     * batch whose signatures are all made first, at a remote signing service, in one call.
     */
    Optional<ResultPaper> paperToSign(Dossier d, String leader, String unitCode) {
        return unsignedResult(d).map(result -> new ResultPaper(result.id().toString(), new Signatures.Paper(
                drafted(d, result) ? draftToSign(d, unitCode, leader, null) : files.content(result), placement(d, result, leader))));
    }

    /** A result paper ready for the leader's signature, and the result file it was made from. */
    record ResultPaper(String resultFileId, Signatures.Paper paper) {
    }

    private Optional<StoredFile> unsignedResult(Dossier d) {
        return files.ofOwner(OWNER, d.code()).stream().filter(f -> f.kind().equals("RESULT")).reduce((a, b) -> b)
                .filter(result -> !result.signed() && result.contentType().equals("application/pdf"));
    }

    private static boolean drafted(Dossier d, StoredFile result) {
        return result.name().equals(draftName(d));
    }

    private byte[] draftToSign(Dossier d, String unitCode, String leader, String number) {
        Map<String, Object> model = resultModel(d, unitCode);
        model.put("number", number);
        model.put("block", forms.block(leader));
        return templates.pdf("result", model);
    }

    private Placement placement(Dossier d, StoredFile result, String leader) {
        return drafted(d, result) ? Placement.below(forms.block(leader).position()) : Placement.SIGNER_BLOCK;
    }

    /**
     * The result paper drafted from the procedure's result template, for the citizen: it states the result, not the
     * officials' internal notes (the proposal stays in the history); its number is written when it is signed.
     */
    StoredFile draftResult(Dossier d, String actor) {
        byte[] pdf = templates.pdf("result", resultModel(d, d.handlingUnit() != null ? d.handlingUnit() : d.unitCode()));
        return files.store(pdf, draftName(d), OWNER, d.code(), "RESULT", false, actor);
    }

    private Map<String, Object> resultModel(Dossier d, String unitCode) {
        Map<String, Object> model = forms.of(d, unitCode);
        model.put("symbol", symbol(d, unitCode));
        return model;
    }

    private static String draftName(Dossier d) {
        return "ket-qua-" + d.code() + ".pdf";
    }

    /** The result's symbol: its kind ({@code GCN} for a Giấy chứng nhận …) and the issuing body ({@code GCN-UBND}). */
    private String symbol(Dossier d, String unitCode) {
        return kind(d) + "-" + forms.issuingBody(unitCode).abbreviation();
    }

    /** The kind of paper the result is ({@code QĐ}, {@code GCN} …), from the name the catalog gives it. */
    private String kind(Dossier d) {
        return IssuedPapers.kindOf(catalogName(d));
    }

    private String signerName(String leader) {
        return organization.official(leader)
                .map(o -> o.title() == null || o.title().isBlank() ? o.fullName() : o.title() + " " + o.fullName())
                .orElse(leader);
    }

    private String catalogName(Dossier d) {
        return catalog.version(d.procedureCode(), d.procedureVersion()).resultName();
    }
}
