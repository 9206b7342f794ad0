package org.ipsecprofile.render;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ipsecprofile.render.content.Section;

/**
 * The wording sections rendered during one goal execution, so that a section rendered for the
 * {@code bcp14-boilerplate} check is not rendered again for the files. A section is known by its
 * wording template and the very objects it was rendered from (the profile or profiles, each of
 * their findings, the reference library), which decide its facts ({@link IdentityKey}). One memo serves one execution and one set of template roots;
 * {@link #none()} remembers nothing.
 */
public final class WordingMemo {

    /** Renders one section when the memo does not hold it. */
    @FunctionalInterface
    interface Rendering {
        Section render() throws TemplateProblem;
    }

    private final Map<IdentityKey, Section> sections;

    private WordingMemo(Map<IdentityKey, Section> sections) {
        this.sections = sections;
    }

    /** A memo for one goal execution; not for use by two threads at once. */
    public static WordingMemo forOneExecution() {
        return new WordingMemo(new HashMap<>());
    }

    /** Renders every time. */
    public static WordingMemo none() {
        return new WordingMemo(null);
    }

    /**
     * The section of {@code template} rendered from {@code inputs}: objects compared by identity,
     * lists element by element, strings and booleans by value.
     */
    Section section(String template, List<Object> inputs, Rendering rendering) throws TemplateProblem {
        if (sections == null) {
            return rendering.render();
        }
        IdentityKey key = IdentityKey.of(template, inputs);
        Section known = sections.get(key);
        if (known == null) {
            known = rendering.render();
            sections.put(key, known);
        }
        return known;
    }
}
