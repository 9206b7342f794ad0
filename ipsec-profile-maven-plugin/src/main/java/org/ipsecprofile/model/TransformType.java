package org.ipsecprofile.model;

/**
 * The kinds of IKEv2 transform a descriptor's {@code algorithms} lists name (SPEC §3.1; the IANA
 * "Transform Type Values" 1, 2 and 3). Key exchange methods (type 4) are numbers, not names.
 */
public enum TransformType {
    ENCRYPTION("encryption", "ENCR_"),
    PRF("PRF", "PRF_"),
    INTEGRITY("integrity", "AUTH_");

    private final String noun;
    private final String prefix;

    TransformType(String noun, String prefix) {
        this.noun = noun;
        this.prefix = prefix;
    }

    /** How messages name the kind: {@code encryption}, {@code PRF}, {@code integrity}. */
    public String noun() {
        return noun;
    }

    /** The prefix every name of this kind starts with: {@code ENCR_}, {@code PRF_}, {@code AUTH_}. */
    public String prefix() {
        return prefix;
    }
}
