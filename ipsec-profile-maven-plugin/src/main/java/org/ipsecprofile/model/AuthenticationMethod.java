package org.ipsecprofile.model;

/** An authentication method ({@code authentication.methods}). */
public enum AuthenticationMethod implements Keyword {
    CERTIFICATES("certificates"),
    PRE_SHARED_SECRET("pre-shared-secret"),
    EAP("eap"),
    KERBEROS("kerberos");

    private final String keyword;

    AuthenticationMethod(String keyword) {
        this.keyword = keyword;
    }

    @Override
    public String keyword() {
        return keyword;
    }
}
