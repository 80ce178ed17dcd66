package vn.xaso.signing;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import vn.xaso.api.Forbidden;
import vn.xaso.api.InvalidInput;
import vn.xaso.identity.XasoUser;
import vn.xaso.organization.Official;
import vn.xaso.organization.Role;
import vn.xaso.organization.Unit;

/**
 * The signing module's published API, used by dossiers (results) and documents: a leader's personal
 * signature, the unit's organisation signature (the seal over a third of the leader's image), both in one
 * call, many documents in one batch, and verification of any PDF.
 */
@Service
public class Signatures {

    static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    /** The roles whose holders sign with a key of their own ({@link #confirmRecord}): the officials doing a unit's work. */
    public static final Set<Role> KEY_HOLDERS = EnumSet.of(Role.COUNTER, Role.SPECIALIST, Role.LEADER, Role.CLERK,
            Role.UNIT_ADMIN, Role.PROVINCE_ADMIN);
    private static final float SIGNATURE_WIDTH = 165;
    /** Height of the number written on the "Số:" line: about the 13pt text around it. */
    private static final float NUMBER_HEIGHT = 14;
    private static final String NUMBER_LINE = "Số:";
    private static final float SIGNATURE_HEIGHT = SIGNATURE_WIDTH * 230 / 330;
    private static final float SEAL_SIZE = 95;
    private static final float SEAL_WIDTH = SEAL_SIZE * 420 / 200;

    private final KeyVault vault;
    private final PdfSigner signer;
    private final PdfVerifier verifier;
    private final StampPictures pictures;
    private final Signers who;
    private final Clock clock;
    private final SignerMethods methods;
    private final java.util.Map<String, StampImage> personalStamps = new java.util.concurrent.ConcurrentHashMap<>();
    private final RemoteSigner remote;

    Signatures(KeyVault vault, PdfSigner signer, PdfVerifier verifier, StampPictures pictures, Signers who,
            Clock clock, SignerMethods methods, RemoteSigner remote) {
        this.methods = methods;
        this.remote = remote;
        this.vault = vault;
        this.signer = signer;
        this.verifier = verifier;
        this.pictures = pictures;
        this.who = who;
        this.clock = clock;
    }

    /**
     * The official's personal signature with a visible stamp (title, blue signature, name, time +07:00) at the bottom
     * right, with the server's key and no confirmation (tests and tools): what a person signs goes through
     * {@link #confirm} instead.
     */
    public byte[] signPersonal(byte[] pdf, String username) {
        return signPersonal(pdf, username, Placement.BOTTOM_RIGHT);
    }

    /** The same where {@code placement} says. */
    public byte[] signPersonal(byte[] pdf, String username, Placement placement) {
        Official signer = official(username);
        return signPersonal(pdf, signer, position(pdf, placement, signer), clock.instant());
    }

    private byte[] signPersonal(byte[] pdf, Official official, StampPosition position, Instant now) {
        String alias = SigningIdentities.Owner.person(official.username()).alias();
        return signer.sign(pdf, vault.identity(alias, official.fullName(), who.unit(official.unitCode()).name()),
                personalStamp(official, position, now), now);
    }

    /**
     * The signer's own signature as they confirmed it ({@link #confirm}): with their key here (after their PIN, or
     * without confirmation where none is set up) or at the remote signing service.
     */
    public byte[] signPersonal(byte[] pdf, String username, Placement placement, SigningConsent consent) {
        return signPersonalAll(List.of(new Paper(pdf, placement)), username, consent).get(0).pdf();
    }

    /** A paper to sign and where its signature goes. */
    public record Paper(byte[] pdf, Placement placement) {
    }

    /** A paper its signer signed, and where the unit's seal and number go on it ({@link #sealAndNumber}). */
    public record SignedPaper(byte[] pdf, Marks marks) {
    }

    /**
     * Where a signed paper's seal (over the signer's stamp) and number (after its {@code Số:}) go: found on the paper
     * before it was signed, so that sealing and numbering it later, inside the approval, reads nothing again.
     */
    public static final class Marks {
        private final StampPosition signer;
        private final Optional<StampPosition.After> number;

        private Marks(StampPosition signer, Optional<StampPosition.After> number) {
            this.signer = signer;
            this.number = number;
        }
    }

    /**
     * The signer's signature on many papers under one confirmation. At a remote signing service, every paper's hash goes
     * in one call ({@code signatures/signHash}), so the signer's phone is asked once and the network crossed once; the
     * papers are prepared and finished on every core.
     */
    public List<SignedPaper> signPersonalAll(List<Paper> papers, String username, SigningConsent consent) {
        consent.use(username, papers.size(), clock.instant());
        Official official = official(username);
        Instant now = clock.instant();
        if (!consent.remote()) {
            return papers.stream().map(paper -> {
                StampPosition position = position(paper.pdf(), paper.placement(), official);
                return new SignedPaper(signPersonal(paper.pdf(), official, position, now), new Marks(position, null));
            }).toList();
        }
        List<X509Certificate> chain = remote.chain(consent.credentialId());
        record Pending(PdfSigner.Prepared prepared, Marks marks) {
        }
        List<Pending> pending = papers.parallelStream().map(paper -> {
            StampPosition position = position(paper.pdf(), paper.placement(), official);
            Marks marks = new Marks(position, StampPosition.after(paper.pdf(), NUMBER_LINE, NUMBER_HEIGHT));
            return new Pending(signer.prepare(paper.pdf(), chain, personalStamp(official, position, now), now), marks);
        }).toList();
        List<byte[]> values = remote.signHashes(consent.credentialId(), consent.sad(),
                pending.stream().map(p -> p.prepared().hash()).toList());
        return java.util.stream.IntStream.range(0, pending.size()).parallel()
                .mapToObj(i -> new SignedPaper(signer.finish(pending.get(i).prepared(), values.get(i)), pending.get(i).marks()))
                .toList();
    }

    /** The unit's seal over the signer's stamp, then the number written on the {@code Số:} line: how a signed paper leaves. */
    public byte[] sealAndNumber(SignedPaper paper, String unitCode, String reference, String number, String notation) {
        byte[] sealed = signOrganisation(paper.pdf(), unitCode, reference, paper.marks().signer);
        Optional<StampPosition.After> line = paper.marks().number != null ? paper.marks().number
                : StampPosition.after(paper.pdf(), NUMBER_LINE, NUMBER_HEIGHT);
        return writeNumber(sealed, unitCode, number, notation, line);
    }

    /**
     * The signer confirms {@code signatures} signatures for {@code purpose} (audited): their PIN, or the OTP the remote
     * service sent to their phone; nothing where they have neither and the province does not require it.
     */
    public SigningConsent confirm(String username, String confirmation, int signatures, String purpose) {
        return methods.confirm(username, issuer(username).unitCode(), confirmation, signatures, purpose);
    }

    /**
     * The official confirms their one signature on a record they are party to (a hand-over record): as {@link #confirm},
     * but any official who does a unit's work may give it, not only a leader.
     */
    public SigningConsent confirmRecord(String username, String confirmation, String purpose) {
        return methods.confirm(username, holder(username).unitCode(), confirmation, 1, purpose);
    }

    /** Has the remote signing service send the signer an OTP. */
    public void sendOtp(String username) {
        methods.sendOtp(username);
    }

    /** How a signer confirms: {@code SERVER} (nothing), {@code PIN} or {@code REMOTE}. */
    public String methodOf(String username) {
        return methods.methodOf(username).name();
    }

    public boolean confirmationRequired() {
        return methods.confirmationRequired();
    }

    public boolean remoteAvailable() {
        return remote.configured();
    }

    /** A new PIN; {@code confirmation} is the current PIN, or an OTP while the signer signs at the remote service. */
    public void setPin(String username, String pin, String confirmation) {
        methods.setPin(username, holder(username).unitCode(), pin, confirmation);
    }

    /** The remote service's key from now on; {@code confirmation} as for {@link #setPin}. */
    public void useRemote(String username, String confirmation) {
        methods.useRemote(username, holder(username).unitCode(), confirmation);
    }

    /**
     * An administrator's reset of how {@code username} confirms (a forgotten PIN, a lost phone): a province
     * administrator for anyone, a unit administrator for their unit's signers. Audited; the signer is told.
     */
    public void resetMethod(XasoUser administrator, String username, String reason) {
        Official signer = official(username);
        boolean allowed = administrator.isProvinceAdministrator()
                || administrator.hasRoleNamed("UNIT_ADMIN") && signer.unitCode().equals(administrator.unitCode());
        if (!allowed) {
            throw new Forbidden("signing.reset.admin-only");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("reason", "signing.reset.reason");
        }
        methods.reset(username, signer.unitCode(), administrator.getUsername(), reason.strip());
    }

    private Official official(String username) {
        return who.official(username);
    }

    /** Where {@code signer}'s stamp goes on the paper (their own block, when the placement asks for it). */
    private static StampPosition position(byte[] pdf, Placement placement, Official signer) {
        return StampPosition.of(pdf, placement, SIGNATURE_WIDTH, SIGNATURE_HEIGHT, signer.fullName(), signer.title());
    }

    /** Only leaders issue with their signature: anyone else is refused before a PIN is even looked at. */
    private Official issuer(String username) {
        Official official = official(username);
        if (!official.hasRole(Role.LEADER)) {
            throw new Forbidden("signing.signer.not-leader");
        }
        return official;
    }

    /**
     * Who has a key of their own: the officials who do a unit's work or administer it (a leader signs what they issue,
     * anyone the records they are party to or sign in the place of one who left); monitors and system accounts sign
     * nothing.
     */
    private Official holder(String username) {
        Official official = official(username);
        if (!doesUnitWork(official)) {
            throw new Forbidden("signing.signer.no-work");
        }
        return official;
    }

    private static boolean doesUnitWork(Official official) {
        return KEY_HOLDERS.stream().anyMatch(official::hasRole);
    }

    private Stamp personalStamp(Official official, StampPosition position, Instant now) {
        String alias = SigningIdentities.Owner.person(official.username()).alias();
        var picture = pictures.picture(alias);
        String time = time(now);
        // a leader signing a batch signs many papers within one second: the same stamp, drawn once
        String key = alias + '\u0000' + official.title() + '\u0000' + official.fullName() + '\u0000' + time + '\u0000'
                + picture.map(System::identityHashCode).orElse(0);
        if (personalStamps.size() > 256) {
            personalStamps.clear();
        }
        StampImage image = personalStamps.computeIfAbsent(key,
                k -> StampImages.signatureStamp(official.title(), official.fullName(), time, picture));
        return new Stamp(true, position, SIGNATURE_WIDTH, SIGNATURE_HEIGHT, image);
    }

    /** The unit's organisation signature: the red seal overlapping the left third of the leader's signature. */
    public byte[] signOrganisation(byte[] pdf, String unitCode, String reference) {
        return signOrganisation(pdf, unitCode, reference, Placement.BOTTOM_RIGHT);
    }

    /** The seal over the left third of a leader's signature placed as {@code leaderPlacement}. */
    public byte[] signOrganisation(byte[] pdf, String unitCode, String reference, Placement leaderPlacement) {
        return signOrganisation(pdf, unitCode, reference, StampPosition.of(pdf, leaderPlacement, SIGNATURE_WIDTH, SIGNATURE_HEIGHT));
    }

    private byte[] signOrganisation(byte[] pdf, String unitCode, String reference, StampPosition leader) {
        return seal(pdf, unitCode, reference,
                new StampPosition(leader.page(), Math.max(0, leader.x() + SIGNATURE_WIDTH / 3 - SEAL_WIDTH), leader.y() + 8));
    }

    /** The unit's organisation signature alone, no leader's beside it (an e-receipt): its seal centred where placed. */
    public byte[] sealAlone(byte[] pdf, String unitCode, String reference, Placement placement) {
        return seal(pdf, unitCode, reference, StampPosition.of(pdf, placement, SEAL_WIDTH, SEAL_SIZE));
    }

    private byte[] seal(byte[] pdf, String unitCode, String reference, StampPosition seal) {
        Unit unit = who.unit(unitCode);
        Instant now = clock.instant();
        String alias = SigningIdentities.Owner.unit(unit.code()).alias();
        StampImage image = StampImages.sealStamp(unit.name(), reference, time(now), pictures.picture(alias));
        Stamp stamp = new Stamp(true, seal, SEAL_WIDTH, SEAL_SIZE, image);
        return signer.sign(pdf, vault.identity(alias, unit.name(), unit.name()), stamp, now);
    }

    /**
     * The clerk writes the number and symbol on the document's {@code Số:} line as the unit's signature (a signed
     * revision, so the leader's signature stays valid): the whole {@code 05/QĐ-UBND}, written over whatever the draft
     * printed after it (its blank and its symbol). A document without a {@code Số:} line is left as it is.
     */
    public byte[] writeNumber(byte[] pdf, String unitCode, String number, String notation) {
        return writeNumber(pdf, unitCode, number, notation, StampPosition.after(pdf, NUMBER_LINE, NUMBER_HEIGHT));
    }

    private byte[] writeNumber(byte[] pdf, String unitCode, String number, String notation, Optional<StampPosition.After> after) {
        if (after.isEmpty()) {
            return pdf;
        }
        // the whole number and symbol, written over what the paper printed after "Số:" (its blank and its symbol), so
        // that neither is half covered: "Số: 01/UBND-VP", never "Số: 01 JBND-VP"
        String text = number + "/" + notation;
        float width = Math.max(NUMBER_HEIGHT * 0.62f * text.length() + 4, after.get().coverTo() - after.get().position().x());
        Unit unit = who.unit(unitCode);
        Instant now = clock.instant();
        String alias = SigningIdentities.Owner.unit(unit.code()).alias();
        Stamp stamp = new Stamp(true, after.get().position(), width, NUMBER_HEIGHT, StampImages.numberStamp(text, width, NUMBER_HEIGHT));
        return signer.sign(pdf, vault.identity(alias, unit.name(), unit.name()), stamp, now);
    }

    private static String time(Instant at) {
        return ISO.format(at.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).atOffset(ZoneOffset.ofHours(7)));
    }

    /** A result as it leaves the unit: the leader signs, then the unit seals. */
    public byte[] signAsLeaderAndUnit(byte[] pdf, String leader, String unitCode, String reference) {
        return signAsLeaderAndUnit(pdf, leader, unitCode, reference, Placement.BOTTOM_RIGHT);
    }

    public byte[] signAsLeaderAndUnit(byte[] pdf, String leader, String unitCode, String reference, Placement placement) {
        // the seal goes where the leader's signature went: found once, on the paper before it is signed
        Official signer = official(leader);
        StampPosition position = position(pdf, placement, signer);
        return signOrganisation(signPersonal(pdf, signer, position, clock.instant()), unitCode, reference, position);
    }

    /** The same, with the leader's confirmation. */
    public byte[] signAsLeaderAndUnit(byte[] pdf, String leader, String unitCode, String reference, Placement placement,
            SigningConsent consent) {
        SignedPaper signed = signPersonalAll(List.of(new Paper(pdf, placement)), leader, consent).get(0);
        return signOrganisation(signed.pdf(), unitCode, reference, signed.marks().signer);
    }

    /** Signs each item on its own: one that fails is reported, the others are still signed. */
    public <T> BatchResult<T> signMany(List<T> items, Function<T, byte[]> sign) {
        List<BatchResult.Signed<T>> signed = new ArrayList<>();
        List<BatchResult.Failed<T>> failed = new ArrayList<>();
        for (T item : items) {
            try {
                signed.add(new BatchResult.Signed<>(item, sign.apply(item)));
            } catch (RuntimeException e) {
                failed.add(new BatchResult.Failed<>(item, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            }
        }
        return new BatchResult<>(signed, failed);
    }

    public Verification verify(byte[] pdf) {
        return verifier.verify(pdf);
    }
}
