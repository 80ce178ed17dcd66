package vn.xaso.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/** SHA-256 over the previous hash and an entry's fields, each length-prefixed so no two entries collide. */
final class ChainHash {

    static final String GENESIS = "0".repeat(64);

    private ChainHash() {
    }

    static String of(String prevHash, Instant at, String actor, String unitCode, String action,
            String subjectType, String subjectId, String before, String after) {
        StringBuilder text = new StringBuilder();
        for (String field : new String[] {prevHash, micros(at), actor, unitCode, action, subjectType, subjectId, before, after}) {
            text.append(field == null ? -1 : field.length()).append(':').append(field == null ? "" : field).append('|');
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** PostgreSQL keeps microseconds; hash exactly what is stored. */
    static Instant storable(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    private static String micros(Instant at) {
        return Long.toString(ChronoUnit.MICROS.between(Instant.EPOCH, at));
    }
}
