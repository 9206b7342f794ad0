package org.ipsecprofile.scan;

import java.util.List;

/**
 * A draft that includes generated sections but has no BCP 14 boilerplate (SPEC §4.4,
 * {@code bcp14-boilerplate}): whether that is a finding depends on whether those sections use
 * BCP 14 keywords, which the rendering decides, not the scan.
 *
 * @param file           the draft, relative to the project, with {@code /}
 * @param line           the line of the first include of a generated section (of its heading, in text)
 * @param column         its column
 * @param format         how the draft is written
 * @param sections       the anchors of the generated sections it includes ({@code ipsec-profile-<id>},
 *                       {@code security-considerations})
 * @param anyProfile     true when it includes a profile section it does not name (text that pastes one)
 * @param ignored        true when the include's line holds {@code ipsec-profile:ignore}
 */
public record BoilerplateGap(
        String file,
        int line,
        int column,
        DraftFormat format,
        List<String> sections,
        boolean anyProfile,
        boolean ignored) {

    public BoilerplateGap {
        sections = List.copyOf(sections);
    }
}
