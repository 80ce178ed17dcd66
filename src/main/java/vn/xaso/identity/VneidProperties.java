package vn.xaso.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Citizens' login with a VNeID-style OIDC provider (claims {@code SoDinhDanh}, {@code HoVaTen},
 * {@code NgayThangNamSinh}, {@code MucDoDinhDanh}); off while {@code issuer-uri} is blank. The secret comes from the
 * environment ({@code XASO_VNEID_CLIENT_SECRET}).
 *
 * @param minLevel the lowest account level let in: 2 = identity checked against the chip of the ID card
 */
@ConfigurationProperties("xaso.vneid")
record VneidProperties(String issuerUri, String clientId, String clientSecret, int minLevel) {

    static final String REGISTRATION = "vneid";

    VneidProperties {
        clientId = clientId == null || clientId.isBlank() ? "xaso-congdan" : clientId;
        minLevel = minLevel <= 0 ? 2 : minLevel;
    }

    boolean configured() {
        return issuerUri != null && !issuerUri.isBlank();
    }
}
