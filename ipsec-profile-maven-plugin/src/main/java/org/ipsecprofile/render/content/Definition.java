package org.ipsecprofile.render.content;

import java.util.List;

/** One term of a definition list and the blocks that describe it. */
public record Definition(List<Inline> term, List<Block> description) {

    public Definition {
        term = List.copyOf(term);
        description = List.copyOf(description);
    }
}
