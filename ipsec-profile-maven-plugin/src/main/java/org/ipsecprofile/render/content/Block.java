package org.ipsecprofile.render.content;

/** A block of a section: a paragraph, a definition list or a bullet list. */
public sealed interface Block permits Paragraph, DefinitionList, BulletList {}
