package org.ipsecprofile.render;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ipsecprofile.render.content.Section;

/**
 * The wording sections rendered during one goal execution, so that a section rendered for the
 * {@code bcp14-boilerplate} check is not rendered again for the files. A section is known by its
 * wording template and the very objects it was rendered from (the profile or profiles, each of
 * their findings, the reference library), which decide its facts ({@link IdentityKey}), and by
 * the list it may leave unread, when its render read it. One memo serves one execution and one
 * set of template roots; {@link #none()} remembers nothing.
 */
public final class WordingMemo {

    /** Renders one section when the memo does not hold it. */
    @FunctionalInterface
    interface Rendering {
        Section render() throws TemplateProblem;
    }

    /** Renders one section, from data that hold {@code list}, when the memo does not hold it. */
    @FunctionalInterface
    interface RenderingWith<T> {
        Section render(List<T> list) throws TemplateProblem;
    }

    /** A section, and the key of the list its render read ({@code null} when it read none). */
    private record Known(Section section, IdentityKey listRead) {}

    private final Map<IdentityKey, Known> sections;

    private WordingMemo(Map<IdentityKey, Known> sections) {
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
        return section(template, inputs, List.of(), list -> rendering.render());
    }

    /**
     * The section of {@code template} rendered from {@code inputs} and from {@code list}, which the
     * template may leave unread: the Security Considerations' wording sees all findings, for
     * overrides, and the default wording reads none of them (it reads the facts made of the
     * profiles' findings, which are among {@code inputs}). A section whose render did not read the
     * list is the section for any list; one whose render read it, for an equal list only.
     */
    <T> Section section(String template, List<Object> inputs, List<T> list, RenderingWith<T> rendering)
            throws TemplateProblem {
        if (sections == null) {
            return rendering.render(list);
        }
        IdentityKey key = IdentityKey.of(template, inputs);
        Known known = sections.get(key);
        // The list's own key only where a render read the list: the default wording never does.
        if (known != null
                && (known.listRead() == null || known.listRead().equals(IdentityKey.of(template, List.of(list))))) {
            return known.section();
        }
        WatchedList<T> watched = new WatchedList<>(list);
        Section section = rendering.render(watched);
        sections.put(key, new Known(section, watched.wasRead() ? IdentityKey.of(template, List.of(list)) : null));
        return section;
    }
}
