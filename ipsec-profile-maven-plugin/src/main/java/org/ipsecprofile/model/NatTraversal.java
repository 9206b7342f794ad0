package org.ipsecprofile.model;

/** Use of UDP encapsulation, RFC 3948 ({@code protection.natTraversal}). */
public enum NatTraversal implements Keyword {
    REQUIRED("required"),
    OPTIONAL("optional"),
    NOT_NEEDED("not-needed");

    private final String keyword;

    NatTraversal(String keyword) {
        this.keyword = keyword;
    }

    @Override
    public String keyword() {
        return keyword;
    }
}
