package vn.xaso.signing;

import eu.europa.esig.dss.token.DSSPrivateKeyEntry;
import eu.europa.esig.dss.token.KSPrivateKeyEntry;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Signing keys kept on a PKCS#11 token or HSM instead of a keystore file, by configuration:
 * {@code xaso.signing.pkcs11.library} (e.g. {@code /usr/lib/softhsm/libsofthsm2.so}), {@code xaso.signing.pkcs11.slot}
 * (the slot id), the PIN in {@code XASO_PKCS11_PIN}, and {@code xaso.signing.pkcs11.keys} naming which key on the
 * token signs for whom: {@code person-lanhdao.binhan=chu-tich, unit-H40_01=con-dau}. The token is opened on first
 * use and stays open; its keys never leave it.
 */
@Component
class Pkcs11Keys {

    private final String library;
    private final long slot;
    private final char[] pin;
    private final Map<String, String> keys;
    private Pkcs11Token token;

    Pkcs11Keys(@Value("${xaso.signing.pkcs11.library:}") String library, @Value("${xaso.signing.pkcs11.slot:0}") long slot,
            @Value("${XASO_PKCS11_PIN:}") String pin, @Value("${xaso.signing.pkcs11.keys:}") String keys) {
        this.library = library.strip();
        this.slot = slot;
        this.pin = pin.toCharArray();
        this.keys = parse(keys);
        if (!this.keys.isEmpty() && this.library.isEmpty()) {
            throw new IllegalStateException("xaso.signing.pkcs11.keys is set but xaso.signing.pkcs11.library is not");
        }
    }

    /** Which identities sign on the token: vault alias → key label on the token. */
    Map<String, String> keys() {
        return keys;
    }

    /** The token's key for an alias, when the configuration puts that alias on the token. */
    Optional<KeyVault.Identity> identity(String alias) {
        String label = keys.get(alias);
        if (label == null) {
            return Optional.empty();
        }
        Pkcs11Token opened = token();
        DSSPrivateKeyEntry key = opened.getKeys().stream()
                .filter(entry -> entry instanceof KSPrivateKeyEntry ks && ks.getAlias().equals(label))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No key labelled " + label + " on PKCS#11 slot " + slot));
        return Optional.of(new KeyVault.Identity(alias, opened, key));
    }

    private synchronized Pkcs11Token token() {
        if (token == null) {
            token = new Pkcs11Token(library, slot, pin);
        }
        return token;
    }

    private static Map<String, String> parse(String setting) {
        Map<String, String> parsed = new LinkedHashMap<>();
        for (String pair : setting.split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            String[] parts = pair.split("=", 2);
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                throw new IllegalStateException("xaso.signing.pkcs11.keys: expected alias=label, got '" + pair.strip() + "'");
            }
            parsed.put(parts[0].strip(), parts[1].strip());
        }
        return Map.copyOf(parsed);
    }
}
