package org.ipsecprofile.render;

import java.util.Map;
import org.ipsecprofile.render.content.Section;

/** One profile rendered: its format-neutral section (for the citations) and its files by path, in format order. */
record RenderedProfile(Section section, Map<String, String> files) {
}
