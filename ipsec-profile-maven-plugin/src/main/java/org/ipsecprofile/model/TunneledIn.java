package org.ipsecprofile.model;

/** Whether traffic travels inside another tunnel ({@code context.tunneledIn}). */
public enum TunneledIn implements Keyword {
    NONE("none"),
    L2TP("l2tp"),
    OTHER("other");

    private final String keyword;

    TunneledIn(String keyword) {
        this.keyword = keyword;
    }

    @Override
    public String keyword() {
        return keyword;
    }
}
