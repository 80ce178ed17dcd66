package vn.xaso.signing;

import eu.europa.esig.dss.token.Pkcs11SignatureToken;
import java.security.KeyStore;

/**
 * A PKCS#11 token or HSM (e.g. SoftHSM2, a USB token, a network HSM) through Java's SunPKCS11 provider,
 * addressed by its slot id. The private key never leaves the token: DSS asks the token to sign.
 */
final class Pkcs11Token extends Pkcs11SignatureToken {

    private final String library;
    private final long slot;

    Pkcs11Token(String library, long slot, char[] pin) {
        super(library, new KeyStore.PasswordProtection(pin));
        this.library = library;
        this.slot = slot;
    }

    @Override
    protected String buildConfig() {
        return "name = xaso-" + slot + "\nlibrary = " + library + "\nslot = " + slot + "\n";
    }
}
