package org.ipsecprofile.model;

/** Whether a service is required, optional or not used ({@code protection.confidentiality}, {@code protection.replayProtection}). */
public enum Need implements Keyword {
    REQUIRED("required"),
    OPTIONAL("optional"),
    NONE("none");

    private final String keyword;

    Need(String keyword) {
        this.keyword = keyword;
    }

    @Override
    public String keyword() {
        return keyword;
    }
}
