package org.ipsecprofile.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ipsecprofile.render.content.Block;
import org.ipsecprofile.render.content.BulletList;
import org.ipsecprofile.render.content.Citation;
import org.ipsecprofile.render.content.Definition;
import org.ipsecprofile.render.content.DefinitionList;
import org.ipsecprofile.render.content.Inline;
import org.ipsecprofile.render.content.Keyword;
import org.ipsecprofile.render.content.Paragraph;
import org.ipsecprofile.render.content.Section;
import org.ipsecprofile.render.refs.Reference;
import org.ipsecprofile.render.refs.ReferenceLibrary;

/**
 * The references the generated sections cite, split as the text uses them: a reference cited
 * normatively anywhere is normative, the others informative. Each list is in RFC-number order.
 * A section that uses a BCP 14 keyword makes the two documents of BCP 14 normative references
 * (SPEC §5), though no sentence cites them: the draft's BCP 14 boilerplate does.
 */
record CitedReferences(List<Reference> normative, List<Reference> informative) {

    /** The documents of BCP 14, which a BCP 14 keyword rests on. */
    static final List<String> BCP14 = List.of("RFC2119", "RFC8174");

    static CitedReferences of(List<Section> sections, ReferenceLibrary library) {
        Collector collector = new Collector();
        sections.forEach(collector::add);
        return collector.result(library);
    }

    /** Gathers the citations of sections one at a time, so the sections need not be kept. */
    static final class Collector {

        private final Map<String, Boolean> normativeByAnchor = new LinkedHashMap<>();

        void add(Section section) {
            collect(section, normativeByAnchor);
        }

        CitedReferences result(ReferenceLibrary library) {
            return of(normativeByAnchor, library);
        }
    }

    private static CitedReferences of(Map<String, Boolean> normativeByAnchor, ReferenceLibrary library) {
        List<Reference> normative = new ArrayList<>();
        List<Reference> informative = new ArrayList<>();
        normativeByAnchor.forEach((anchor, isNormative) -> {
            Reference reference = library.find(anchor)
                    .orElseThrow(() -> new IllegalStateException(
                            "the generated text cites " + anchor + ", which the reference library does not hold"));
            (isNormative ? normative : informative).add(reference);
        });
        Comparator<Reference> byNumber =
                Comparator.comparingInt(CitedReferences::number).thenComparing(Reference::anchor);
        normative.sort(byNumber);
        informative.sort(byNumber);
        return new CitedReferences(normative, informative);
    }

    /**
     * These references less those whose anchors a draft declares itself (SPEC §5): the draft's
     * own entry stands for them, and the citations of the generated text still find it.
     */
    CitedReferences without(java.util.Set<String> declared) {
        if (declared.isEmpty()) {
            return this;
        }
        return new CitedReferences(
                normative.stream().filter(r -> !declared.contains(r.anchor())).toList(),
                informative.stream().filter(r -> !declared.contains(r.anchor())).toList());
    }

    /**
     * The normative references but the documents of BCP 14: what kramdown-rfc's header lists under
     * {@code normative:}. The draft's BCP 14 boilerplate cites those two with {@code {{!RFC2119}}}, and
     * kramdown-rfc warns "overwriting" when such a citation meets an entry already under
     * {@code normative:}; it takes the entry from the header's {@code ref:} map instead.
     */
    List<Reference> normativeButBcp14() {
        return normative.stream().filter(r -> !BCP14.contains(r.anchor())).toList();
    }

    /** The documents of BCP 14 among the normative references (both or none). */
    List<Reference> bcp14() {
        return normative.stream().filter(r -> BCP14.contains(r.anchor())).toList();
    }

    List<Reference> all() {
        List<Reference> all = new ArrayList<>(normative);
        all.addAll(informative);
        all.sort(Comparator.comparingInt(CitedReferences::number).thenComparing(Reference::anchor));
        return all;
    }

    /** The number the anchor's digits spell ({@code RFC4301}: 4301); the largest int when it has none. */
    private static int number(Reference reference) {
        String anchor = reference.anchor();
        StringBuilder digits = new StringBuilder(anchor.length());
        for (int i = 0; i < anchor.length(); i++) {
            char c = anchor.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        return digits.isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(digits.toString());
    }

    private static void collect(Section section, Map<String, Boolean> found) {
        collectBlocks(section.blocks(), found);
        section.subsections().forEach(sub -> collect(sub, found));
    }

    private static void collectBlocks(List<Block> blocks, Map<String, Boolean> found) {
        for (Block block : blocks) {
            if (block instanceof Paragraph paragraph) {
                collectInlines(paragraph.inlines(), found);
            } else if (block instanceof BulletList list) {
                list.items().forEach(item -> collectInlines(item, found));
            } else if (block instanceof DefinitionList list) {
                for (Definition definition : list.definitions()) {
                    collectInlines(definition.term(), found);
                    collectBlocks(definition.description(), found);
                }
            }
        }
    }

    private static void collectInlines(List<Inline> inlines, Map<String, Boolean> found) {
        for (Inline inline : inlines) {
            if (inline instanceof Citation citation) {
                found.merge(citation.anchor(), citation.normative(), Boolean::logicalOr);
            } else if (inline instanceof Keyword) {
                BCP14.forEach(anchor -> found.put(anchor, true));
            }
        }
    }
}
