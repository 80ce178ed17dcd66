package vn.xaso.signing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import vn.xaso.api.InvalidInput;
import vn.xaso.organization.Official;
import vn.xaso.organization.Organization;
import vn.xaso.organization.Unit;

/**
 * The signing module's published API, used by dossiers (results) and documents: a leader's personal
 * signature, the unit's organisation signature (the seal over a third of the leader's image), both in one
 * call, many documents in one batch, and verification of any PDF.
 */
@Service
public class Signatures {

    static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    private static final float SIGNATURE_WIDTH = 165;
    /** Height of the number written on the "Số:" line: about the 13pt text around it. */
    private static final float NUMBER_HEIGHT = 14;
    private static final float SIGNATURE_HEIGHT = SIGNATURE_WIDTH * 230 / 330;
    private static final float SEAL_SIZE = 95;
    private static final float SEAL_WIDTH = SEAL_SIZE * 420 / 200;

    private final KeyVault vault;
    private final PdfSigner signer;
    private final PdfVerifier verifier;
    private final StampPictures pictures;
    private final Organization organization;
    private final Clock clock;

    Signatures(KeyVault vault, PdfSigner signer, PdfVerifier verifier, StampPictures pictures, Organization organization,
            Clock clock) {
        this.vault = vault;
        this.signer = signer;
        this.verifier = verifier;
        this.pictures = pictures;
        this.organization = organization;
        this.clock = clock;
    }

    /** The official's personal signature with a visible stamp: title, blue signature, name, time (+07:00). */
    public byte[] signPersonal(byte[] pdf, String username) {
        return signPersonal(pdf, username, Placement.BOTTOM_RIGHT);
    }

    public byte[] signPersonal(byte[] pdf, String username, Placement placement) {
        Official official = organization.official(username)
                .orElseThrow(() -> new InvalidInput("signer", "organization.official.unknown"));
        Unit unit = organization.requireUnit(official.unitCode());
        Instant now = clock.instant();
        String alias = SigningIdentities.Owner.person(username).alias();
        byte[] image = StampImages.signatureStamp(official.title(), official.fullName(), time(now), pictures.picture(alias));
        StampPosition position = StampPosition.of(pdf, placement, SIGNATURE_WIDTH, SIGNATURE_HEIGHT);
        Stamp stamp = new Stamp(true, position, SIGNATURE_WIDTH, SIGNATURE_HEIGHT, image);
        return signer.sign(pdf, vault.identity(alias, official.fullName(), unit.name()), stamp, now);
    }

    /** The unit's organisation signature: the red seal overlapping the left third of the leader's signature. */
    public byte[] signOrganisation(byte[] pdf, String unitCode, String reference) {
        return signOrganisation(pdf, unitCode, reference, Placement.BOTTOM_RIGHT);
    }

    /** The seal over the left third of a leader's signature placed as {@code leaderPlacement}. */
    public byte[] signOrganisation(byte[] pdf, String unitCode, String reference, Placement leaderPlacement) {
        Unit unit = organization.requireUnit(unitCode);
        Instant now = clock.instant();
        String alias = SigningIdentities.Owner.unit(unit.code()).alias();
        byte[] image = StampImages.sealStamp(unit.name(), reference, time(now), pictures.picture(alias));
        StampPosition leader = StampPosition.of(pdf, leaderPlacement, SIGNATURE_WIDTH, SIGNATURE_HEIGHT);
        StampPosition seal = new StampPosition(leader.page(), Math.max(0, leader.x() + SIGNATURE_WIDTH / 3 - SEAL_WIDTH), leader.y() + 8);
        Stamp stamp = new Stamp(true, seal, SEAL_WIDTH, SEAL_SIZE, image);
        return signer.sign(pdf, vault.identity(alias, unit.name(), unit.name()), stamp, now);
    }

    /**
     * The clerk writes the number and symbol on the document's {@code Số:} line as the unit's signature (a signed
     * revision, so the leader's signature stays valid): the whole {@code 05/QĐ-UBND}, or only {@code 05} when the
     * draft already prints the symbol ({@code Số:    /QĐ-UBND}). A document without a {@code Số:} line is left as it is.
     */
    public byte[] writeNumber(byte[] pdf, String unitCode, String number, String notation) {
        var after = StampPosition.after(pdf, "Số:", NUMBER_HEIGHT);
        if (after.isEmpty()) {
            return pdf;
        }
        String text = after.get().symbolPrinted() ? number : number + "/" + notation;
        float width = NUMBER_HEIGHT * 0.62f * text.length() + 4;
        Unit unit = organization.requireUnit(unitCode);
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
        return signOrganisation(signPersonal(pdf, leader, placement), unitCode, reference, placement);
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
