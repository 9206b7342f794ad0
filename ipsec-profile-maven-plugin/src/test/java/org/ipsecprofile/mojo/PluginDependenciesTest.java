package org.ipsecprofile.mojo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * What Maven resolves and indexes into the plugin's class realm before any goal runs. Every jar
 * here costs every build that uses the plugin, so a new one should be a decision, not an accident.
 */
class PluginDependenciesTest {

    @Test
    void theRuntimeClasspathIsTheParserTheTemplatesCommonsTextAndTheTwoReportingApis() throws Exception {
        assertThat(PluginDescriptor.read().dependencies())
                .containsExactlyInAnyOrder(
                        "org.snakeyaml:snakeyaml-engine",
                        "org.freemarker:freemarker",
                        // the did-you-mean distance and the text fill's line breaks; commons-text's
                        // one dependency is commons-lang3
                        "org.apache.commons:commons-text",
                        "org.apache.commons:commons-lang3",
                        "org.ipsecprofile:ipsec-profile-templates",
                        "org.apache.maven.reporting:maven-reporting-api",
                        "org.apache.maven.doxia:doxia-sink-api");
    }

    @Test
    void noneOfMavenReportingImplsTreeIsOnIt() throws Exception {
        assertThat(PluginDescriptor.read().dependencies())
                .doesNotContain(
                        "org.apache.maven.reporting:maven-reporting-impl",
                        "org.apache.maven.doxia:doxia-core",
                        "org.apache.maven.doxia:doxia-site-renderer",
                        "org.apache.velocity:velocity-engine-core",
                        "org.codehaus.plexus:plexus-archiver");
    }
}
