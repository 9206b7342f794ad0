package org.ipsecprofile.render.content;

import java.util.List;

/**
 * A generated section: its anchor (an XML name that does not start with a prefix xml2rfc
 * reserves), its title, its blocks and its subsections.
 */
public record Section(String anchor, String title, List<Block> blocks, List<Section> subsections) {

    public Section {
        blocks = List.copyOf(blocks);
        subsections = List.copyOf(subsections);
    }
}
