package org.ipsecprofile.render.content;

import java.util.List;

/** A bulleted list; each item is a list of inlines (one paragraph). */
public record BulletList(List<List<Inline>> items) implements Block {

    public BulletList {
        items = items.stream().map(List::copyOf).toList();
    }
}
