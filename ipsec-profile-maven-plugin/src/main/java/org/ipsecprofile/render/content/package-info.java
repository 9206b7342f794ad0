/**
 * The format-neutral content of the generated sections: what each section says, as blocks
 * (paragraphs, definition lists, bullet lists) of inlines (text, BCP 14 keywords, citations,
 * references to other sections). The writers here decide the wording once; the FreeMarker
 * templates of each format (xml2rfc, Markdown, text) only lay it out. The Security Considerations
 * have no writer: {@link org.ipsecprofile.render.content.SecurityFacts} holds what the profiles
 * imply, and the wording templates under {@code wording/security/} word it.
 */
package org.ipsecprofile.render.content;
