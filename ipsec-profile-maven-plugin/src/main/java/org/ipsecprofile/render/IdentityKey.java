package org.ipsecprofile.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A memo's key: a template's name and the data it is rendered from, objects compared by
 * identity, lists element by element, strings, booleans and integers by value. Identity rather
 * than {@code equals}, because a record's generated {@code equals} and {@code hashCode} cost a
 * cold JVM a bootstrap per record class, more than a memo saves; the same objects give the same
 * facts, so the same rendering.
 */
final class IdentityKey {

    private final String template;
    private final Object[] parts;
    private final int hash;

    private IdentityKey(String template, Object[] parts) {
        this.template = template;
        this.parts = parts;
        int h = template.hashCode();
        for (Object part : parts) {
            h = 31 * h + (byValue(part) ? Objects.hashCode(part) : System.identityHashCode(part));
        }
        this.hash = h;
    }

    /** The key of {@code template} rendered from {@code inputs}; a list stands for its size and elements. */
    static IdentityKey of(String template, List<?> inputs) {
        List<Object> parts = new ArrayList<>();
        for (Object input : inputs) {
            if (input instanceof List<?> list) {
                parts.add(list.size());
                parts.addAll(list);
            } else {
                parts.add(input);
            }
        }
        return new IdentityKey(template, parts.toArray());
    }

    private static boolean byValue(Object part) {
        return part == null || part instanceof String || part instanceof Boolean || part instanceof Integer;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof IdentityKey that)
                || !template.equals(that.template)
                || parts.length != that.parts.length) {
            return false;
        }
        for (int i = 0; i < parts.length; i++) {
            Object a = parts[i];
            Object b = that.parts[i];
            if (byValue(a) ? !Objects.equals(a, b) : a != b) {
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
