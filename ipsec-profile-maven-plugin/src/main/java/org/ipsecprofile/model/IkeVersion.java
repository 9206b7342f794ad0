package org.ipsecprofile.model;

/** The IKE version ({@code ike.version}). */
public enum IkeVersion implements Keyword {
    IKEV1("ikev1"),
    IKEV2("ikev2");

    private final String keyword;

    IkeVersion(String keyword) {
        this.keyword = keyword;
    }

    @Override
    public String keyword() {
        return keyword;
    }
}
