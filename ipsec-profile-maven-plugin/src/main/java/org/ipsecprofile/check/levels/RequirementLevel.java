package org.ipsecprofile.check.levels;

/**
 * A requirement level of an algorithm in one context (SPEC §4.5), as the algorithm requirement
 * documents write it (RFC 8221 Section 2, RFC 8247 Section 1.1), plus the IANA registry's
 * DEPRECATED (RFC 9395 Section 7). The levels say what implementations support; a profile that
 * lists an algorithm asks its implementations to support it.
 */
public enum RequirementLevel {
    MUST("MUST"),
    SHOULD_PLUS("SHOULD+"),
    SHOULD("SHOULD"),
    MAY("MAY"),
    /** Still MUST, but expected to be downgraded (RFC 8221 Section 2, RFC 8247 Section 1.1). */
    MUST_MINUS("MUST-"),
    SHOULD_NOT("SHOULD NOT"),
    MUST_NOT("MUST NOT"),
    /** Marked DEPRECATED in the IANA registry by RFC 9395 Section 7. */
    DEPRECATED("DEPRECATED"),
    /**
     * {@code AUTH_NONE} in an ESP or IKE integrity list: right with AEAD ciphers only (RFC 8221
     * writes "MUST / MUST NOT"); the rules about integrity and AEAD judge its use, not its level.
     */
    AEAD_ONLY("with AEAD only");

    private final String label;

    RequirementLevel(String label) {
        this.label = label;
    }

    /** The level as the documents write it: {@code MUST NOT}, {@code SHOULD+}, {@code MUST-}. */
    public String label() {
        return label;
    }

    /** True for the levels {@code algorithm-must-not} reports: MUST NOT and DEPRECATED. */
    public boolean forbidden() {
        return this == MUST_NOT || this == DEPRECATED;
    }
}
