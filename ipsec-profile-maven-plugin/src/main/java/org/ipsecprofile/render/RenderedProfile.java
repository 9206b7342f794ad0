package org.ipsecprofile.render;

import java.io.IOException;
import java.util.Map;
import org.ipsecprofile.render.content.Section;

/** One profile rendered: its format-neutral section (for the citations) and its files by path, in format order. */
record RenderedProfile(Section section, Map<String, String> files) {

    /** Takes rendered profiles, one at a time, in the order of the profiles. */
    @FunctionalInterface
    interface Sink {

        void accept(RenderedProfile rendered) throws IOException;
    }
}
