package org.ipsecprofile.model;

/** An IKEv1 phase 1 mode ({@code ike.modes}). */
public enum IkeMode implements Keyword {
    MAIN("main"),
    AGGRESSIVE("aggressive");

    private final String keyword;

    IkeMode(String keyword) {
        this.keyword = keyword;
    }

    @Override
    public String keyword() {
        return keyword;
    }
}
