package org.ipsecprofile.model;

/** An identification type ({@code identification.types}). */
public enum IdentityType implements Keyword {
    IP_ADDRESS("ip-address"),
    DNS_NAME("dns-name"),
    USER_FQDN("user-fqdn"),
    X500_DN("x500-dn");

    private final String keyword;

    IdentityType(String keyword) {
        this.keyword = keyword;
    }

    @Override
    public String keyword() {
        return keyword;
    }
}
