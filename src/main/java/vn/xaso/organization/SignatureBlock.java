package vn.xaso.organization;

import java.util.List;

/**
 * What a paper prints above and below the signature: the authority lines ({@code KT. CHỦ TỊCH}), the signer's
 * position ({@code PHÓ CHỦ TỊCH}) and full name; {@code competence} is the authority part EDXML carries.
 */
public record SignatureBlock(Authority authority, List<String> lines, String competence, String position, String fullName) {
}
