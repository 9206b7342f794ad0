package org.ipsecprofile.render.content;

import java.util.List;

/** One paragraph. */
public record Paragraph(List<Inline> inlines) implements Block {

    public Paragraph {
        inlines = List.copyOf(inlines);
    }

    public static Paragraph of(Inline... inlines) {
        return new Paragraph(List.of(inlines));
    }
}
