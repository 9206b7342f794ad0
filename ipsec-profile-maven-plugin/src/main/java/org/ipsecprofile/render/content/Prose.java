package org.ipsecprofile.render.content;

import java.util.ArrayList;
import java.util.List;

/**
 * A run of inlines being written: text, BCP 14 keywords and citations, in order. Adjacent text
 * is merged, so the content holds one {@link Text} between any two other inlines.
 */
final class Prose {

    private final List<Inline> inlines = new ArrayList<>();

    static Prose of(String text) {
        return new Prose().text(text);
    }

    Prose text(String text) {
        if (text.isEmpty()) {
            return this;
        }
        int last = inlines.size() - 1;
        if (last >= 0 && inlines.get(last) instanceof Text previous) {
            inlines.set(last, new Text(previous.text() + text));
        } else {
            inlines.add(new Text(text));
        }
        return this;
    }

    Prose add(Inline inline) {
        if (inline instanceof Text text) {
            return text(text.text());
        }
        inlines.add(inline);
        return this;
    }

    Prose addAll(List<Inline> more) {
        more.forEach(this::add);
        return this;
    }

    Prose keyword(String word) {
        return add(new Keyword(word));
    }

    Prose must() {
        return keyword("MUST");
    }

    Prose may() {
        return keyword("MAY");
    }

    Prose should() {
        return keyword("SHOULD");
    }

    boolean isEmpty() {
        return inlines.isEmpty();
    }

    List<Inline> inlines() {
        return List.copyOf(inlines);
    }

    Paragraph paragraph() {
        return new Paragraph(inlines);
    }
}
