package org.ipsecprofile.render;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ipsecprofile.render.content.Section;

/**
 * The wording sections rendered during one goal execution, keyed by the wording template and
 * everything it is given (the profile or profiles, their findings, the facts), so that a section
 * rendered for the {@code bcp14-boilerplate} check is not rendered again for the files. One memo
 * serves one execution and one set of template roots; {@link #none()} remembers nothing.
 */
public final class WordingMemo {

    /** Renders one section when the memo does not hold it. */
    @FunctionalInterface
    interface Rendering {
        Section render() throws TemplateProblem;
    }

    private final Map<List<Object>, Section> sections;

    private WordingMemo(Map<List<Object>, Section> sections) {
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

    Section section(List<Object> key, Rendering rendering) throws TemplateProblem {
        if (sections == null) {
            return rendering.render();
        }
        Section known = sections.get(key);
        if (known == null) {
            known = rendering.render();
            sections.put(key, known);
        }
        return known;
    }
}
