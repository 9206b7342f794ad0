package org.ipsecprofile.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DefaultWordingTemplatesTest {

    @Test
    void listsEveryDefaultWordingTemplateTheSectionsInclude() {
        assertThat(DefaultWordingTemplates.names())
                .contains(
                        "wording/profile/section.ftlx",
                        "wording/profile/item-e-user-switching.ftlx",
                        "wording/security/threat-replay.ftlx",
                        "wording/consequence/multicast.ftlx",
                        "wording/phrases.ftlx")
                .allMatch(name -> name.startsWith("wording/") && name.endsWith(".ftlx"))
                .hasSizeGreaterThan(40);
    }
}
