package org.ipsecprofile.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ipsecprofile.render.content.Section;

/**
 * The wording sections rendered during one goal execution, so that a section rendered for the
 * {@code bcp14-boilerplate} check is not rendered again for the files. A section is known by its
 * wording template and the very objects it was rendered from (the profile or profiles, each of
 * their findings, the reference library), which decide its facts: the same objects, compared by
 * identity, give the same section. Identity rather than {@code equals}, because a record's
 * generated {@code equals} and {@code hashCode} cost a cold JVM a bootstrap per record class, more
 * than the rendering saved. One memo serves one execution and one set of template roots;
 * {@link #none()} remembers nothing.
 */
public final class WordingMemo {

    /** Renders one section when the memo does not hold it. */
    @FunctionalInterface
    interface Rendering {
        Section render() throws TemplateProblem;
    }

    private final Map<Key, Section> sections;

    private WordingMemo(Map<Key, Section> sections) {
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
        Key key = Key.of(template, inputs);
        Section known = sections.get(key);
        if (known == null) {
            known = rendering.render();
            sections.put(key, known);
        }
        return known;
    }

    private static final class Key {

        private final String template;
        private final Object[] parts;
        private final int hash;

        private Key(String template, Object[] parts) {
            this.template = template;
            this.parts = parts;
            int h = template.hashCode();
            for (Object part : parts) {
                h = 31 * h + (byValue(part) ? part.hashCode() : System.identityHashCode(part));
            }
            this.hash = h;
        }

        static Key of(String template, List<Object> inputs) {
            List<Object> parts = new ArrayList<>();
            for (Object input : inputs) {
                if (input instanceof List<?> list) {
                    parts.add(list.size());
                    parts.addAll(list);
                } else {
                    parts.add(input);
                }
            }
            return new Key(template, parts.toArray());
        }

        private static boolean byValue(Object part) {
            return part == null || part instanceof String || part instanceof Boolean || part instanceof Integer;
        }

        @Override
        public boolean equals(Object other) {
            if (!(other instanceof Key that) || !template.equals(that.template) || parts.length != that.parts.length) {
                return false;
            }
            for (int i = 0; i < parts.length; i++) {
                Object a = parts[i];
                Object b = that.parts[i];
                if (byValue(a) ? !java.util.Objects.equals(a, b) : a != b) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
