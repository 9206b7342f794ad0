package org.ipsecprofile.model;

/** Whether ESP integrity is used ({@code protection.integrity}). */
public enum Integrity implements Keyword {
    REQUIRED("required"),
    NONE("none");

    private final String keyword;

    Integrity(String keyword) {
        this.keyword = keyword;
    }

    @Override
    public String keyword() {
        return keyword;
    }
}
