package org.ipsecprofile.render.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Flattens generated sections to plain text for assertions: paragraphs and definitions on their
 * own lines, keywords as their words, citations as {@code [RFC4303]} (with a section:
 * {@code Section 3.1 of [RFC5406]}), section references as their titles in quotes.
 */
final class SectionText {

    /** The anchors of the reference library the tests assume (the list the writers are told about). */
    static final Set<String> LIBRARY = Set.of(
            "RFC2401", "RFC2402", "RFC2406", "RFC2409", "RFC2661", "RFC3552", "RFC3554", "RFC3715", "RFC3948",
            "RFC4107", "RFC4271", "RFC4301", "RFC4302", "RFC4303", "RFC4306", "RFC4430", "RFC4960", "RFC5280",
            "RFC5374", "RFC5406", "RFC7296", "RFC7696", "RFC8221", "RFC8247", "RFC9395");

    private SectionText() {}

    /** The whole section: title, blocks, subsections. */
    static String of(Section section) {
        StringBuilder out = new StringBuilder(section.title()).append("\n\n");
        section.blocks().forEach(block -> append(out, block));
        section.subsections().forEach(sub -> out.append(of(sub)));
        return out.toString();
    }

    /** The text of the definition whose term is {@code term}, anywhere in the section. */
    static String definition(Section section, String term) {
        for (Definition definition : definitions(section)) {
            if (inlines(definition.term()).equals(term)) {
                StringBuilder out = new StringBuilder();
                definition.description().forEach(block -> append(out, block));
                return out.toString();
            }
        }
        throw new AssertionError("no definition " + term + " in " + section.anchor());
    }

    /** The terms of all definition lists of the section, in order. */
    static List<String> terms(Section section) {
        return definitions(section).stream().map(d -> inlines(d.term())).toList();
    }

    /** Every citation of the section, in order. */
    static List<Citation> citations(Section section) {
        List<Citation> found = new ArrayList<>();
        for (Inline inline : allInlines(section)) {
            if (inline instanceof Citation citation) {
                found.add(citation);
            }
        }
        return found;
    }

    /** Every inline of the section, in order. */
    static List<Inline> allInlines(Section section) {
        List<Inline> found = new ArrayList<>();
        section.blocks().forEach(block -> collect(block, found));
        section.subsections().forEach(sub -> found.addAll(allInlines(sub)));
        return found;
    }

    static String inlines(List<Inline> inlines) {
        StringBuilder out = new StringBuilder();
        for (Inline inline : inlines) {
            if (inline instanceof Text text) {
                out.append(text.text());
            } else if (inline instanceof Keyword keyword) {
                out.append(keyword.word());
            } else if (inline instanceof Citation citation) {
                out.append(
                        citation.section() == null
                                ? "[" + citation.anchor() + "]"
                                : "Section " + citation.section() + " of [" + citation.anchor() + "]");
            } else if (inline instanceof SectionRef ref) {
                out.append('"').append(ref.title()).append('"');
            }
        }
        return out.toString();
    }

    private static List<Definition> definitions(Section section) {
        List<Definition> found = new ArrayList<>();
        for (Block block : section.blocks()) {
            if (block instanceof DefinitionList list) {
                found.addAll(list.definitions());
            }
        }
        section.subsections().forEach(sub -> found.addAll(definitions(sub)));
        return found;
    }

    private static void append(StringBuilder out, Block block) {
        if (block instanceof Paragraph paragraph) {
            out.append(inlines(paragraph.inlines())).append("\n\n");
        } else if (block instanceof BulletList list) {
            list.items().forEach(item -> out.append("- ").append(inlines(item)).append('\n'));
            out.append('\n');
        } else if (block instanceof DefinitionList list) {
            for (Definition definition : list.definitions()) {
                out.append(inlines(definition.term())).append('\n');
                definition.description().forEach(description -> append(out, description));
            }
        }
    }

    private static void collect(Block block, List<Inline> found) {
        if (block instanceof Paragraph paragraph) {
            found.addAll(paragraph.inlines());
        } else if (block instanceof BulletList list) {
            list.items().forEach(found::addAll);
        } else if (block instanceof DefinitionList list) {
            for (Definition definition : list.definitions()) {
                found.addAll(definition.term());
                definition.description().forEach(description -> collect(description, found));
            }
        }
    }
}
