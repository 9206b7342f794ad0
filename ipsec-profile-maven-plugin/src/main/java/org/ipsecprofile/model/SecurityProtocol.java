package org.ipsecprofile.model;

/** An IPsec security protocol ({@code protection.protocols}). */
public enum SecurityProtocol implements Keyword {
    ESP("esp"),
    AH("ah");

    private final String keyword;

    SecurityProtocol(String keyword) {
        this.keyword = keyword;
    }

    @Override
    public String keyword() {
        return keyword;
    }
}
