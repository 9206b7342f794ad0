package org.ipsecprofile.render.content;

/** A run of content inside a paragraph, term or list item. */
public sealed interface Inline permits Text, Keyword, Citation, SectionRef {}
