package org.ipsecprofile.model;

/** IPsec mode ({@code protection.mode}). */
public enum Mode implements Keyword {
    TRANSPORT("transport"),
    TUNNEL("tunnel");

    private final String keyword;

    Mode(String keyword) {
        this.keyword = keyword;
    }

    @Override
    public String keyword() {
        return keyword;
    }
}
