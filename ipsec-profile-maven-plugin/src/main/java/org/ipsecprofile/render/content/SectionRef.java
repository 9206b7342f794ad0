package org.ipsecprofile.render.content;

/** A reference to another generated section by its anchor, with the words to show for it. */
public record SectionRef(String anchor, String title) implements Inline {}
