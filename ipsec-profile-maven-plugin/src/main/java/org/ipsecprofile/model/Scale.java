package org.ipsecprofile.model;

/** How peers relate ({@code context.scale}). */
public enum Scale implements Keyword {
    PAIRWISE("pairwise"),
    MANY_TO_MANY("many-to-many");

    private final String keyword;

    Scale(String keyword) {
        this.keyword = keyword;
    }

    @Override
    public String keyword() {
        return keyword;
    }
}
