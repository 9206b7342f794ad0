package org.ipsecprofile.model;

/** Whether suitable IPsec support exists in likely products ({@code availability.status}). */
public enum AvailabilityStatus implements Keyword {
    AVAILABLE("available"),
    PARTIAL("partial"),
    UNKNOWN("unknown"),
    UNAVAILABLE("unavailable");

    private final String keyword;

    AvailabilityStatus(String keyword) {
        this.keyword = keyword;
    }

    @Override
    public String keyword() {
        return keyword;
    }
}
