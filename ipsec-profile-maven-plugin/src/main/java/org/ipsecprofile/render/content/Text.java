package org.ipsecprofile.render.content;

/** Plain text, unescaped: each format escapes it for itself. */
public record Text(String text) implements Inline {}
