package vn.xaso.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * BCrypt, remembering recent successful checks. HTTP Basic sends the password with every API call, and a
 * BCrypt check costs ~80 ms of CPU: without this a 2-core server spends its time re-hashing. Only a
 * SHA-256 of (stored hash, password) is kept, so a changed password or hash never matches an old entry;
 * failures are never remembered. At most half the cores run BCrypt at a time.
 */
final class RememberingPasswordEncoder implements PasswordEncoder {

    private static final int MAX_ENTRIES = 10_000;

    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();
    private final Map<String, Boolean> verified = new ConcurrentHashMap<>();
    private final Semaphore bcryptSlots = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors() / 2), true);

    @Override
    public String encode(CharSequence rawPassword) {
        return bcrypt.encode(rawPassword);
    }

    /** Whether this password was verified against this hash recently: costs a SHA-256, no BCrypt. */
    boolean remembers(CharSequence rawPassword, String encodedPassword) {
        return rawPassword != null && encodedPassword != null
                && verified.containsKey(sha256(encodedPassword + '\u0000' + rawPassword));
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null) {
            return false;
        }
        String key = sha256(encodedPassword + '\u0000' + rawPassword);
        if (verified.containsKey(key)) {
            return true;
        }
        boolean matches = checkWithBcrypt(rawPassword, encodedPassword);
        if (matches) {
            if (verified.size() >= MAX_ENTRIES) {
                verified.clear();
            }
            verified.put(key, Boolean.TRUE);
        }
        return matches;
    }

    /** At most half the cores hash at once, so that guessing never takes the whole machine from its users. */
    private boolean checkWithBcrypt(CharSequence rawPassword, String encodedPassword) {
        bcryptSlots.acquireUninterruptibly();
        try {
            return bcrypt.matches(rawPassword, encodedPassword);
        } finally {
            bcryptSlots.release();
        }
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return bcrypt.upgradeEncoding(encodedPassword);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
