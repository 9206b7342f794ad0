package org.ipsecprofile.model;

/** How keys are managed ({@code keyManagement.method}). */
public enum KeyManagementMethod implements Keyword {
    IKE("ike"),
    KINK("kink"),
    MANUAL("manual");

    private final String keyword;

    KeyManagementMethod(String keyword) {
        this.keyword = keyword;
    }

    @Override
    public String keyword() {
        return keyword;
    }
}
