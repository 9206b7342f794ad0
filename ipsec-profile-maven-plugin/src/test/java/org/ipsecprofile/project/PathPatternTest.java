package org.ipsecprofile.project;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PathPatternTest {

    @Test
    void doubleStarMatchesFilesAtTheTopAndBelow() {
        PathPattern yaml = PathPattern.compile("**/*.yaml");
        assertThat(yaml.matches("bgp.yaml")).isTrue();
        assertThat(yaml.matches("routing/bgp.yaml")).isTrue();
        assertThat(yaml.matches("a/b/c/bgp.yaml")).isTrue();
        assertThat(yaml.matches("bgp.yml")).isFalse();
        assertThat(yaml.matches("bgp.yaml.bak")).isFalse();
    }

    @Test
    void singleStarStaysWithinOneDirectory() {
        PathPattern top = PathPattern.compile("*.yaml");
        assertThat(top.matches("bgp.yaml")).isTrue();
        assertThat(top.matches("routing/bgp.yaml")).isFalse();
    }

    @Test
    void aTrailingSlashMeansEverythingBelow() {
        PathPattern drafts = PathPattern.compile("drafts/");
        assertThat(drafts.matches("drafts/wip.yaml")).isTrue();
        assertThat(drafts.matches("drafts/old/wip.yaml")).isTrue();
        assertThat(drafts.matches("other/wip.yaml")).isFalse();
    }

    @Test
    void questionMarkIsOneCharacterAndDotsAreLiteral() {
        PathPattern pattern = PathPattern.compile("v?.yaml");
        assertThat(pattern.matches("v1.yaml")).isTrue();
        assertThat(pattern.matches("v12.yaml")).isFalse();
        assertThat(pattern.matches("v1xyaml")).isFalse();
    }

    @Test
    void backslashesAreReadAsSeparators() {
        assertThat(PathPattern.compile("drafts\\**").matches("drafts/a/b.yaml")).isTrue();
    }

    @Test
    void aPatternWithoutDoubleStarReachesOnlyAsDeepAsItsSegments() {
        assertThat(PathPattern.compile("draft-*.xml").depth()).isEqualTo(1);
        assertThat(PathPattern.compile("drafts/draft-*.md").depth()).isEqualTo(2);
        assertThat(PathPattern.compile("**/*.yaml").depth()).isEqualTo(Integer.MAX_VALUE);
        assertThat(PathPattern.compile("generated/").depth()).isEqualTo(Integer.MAX_VALUE);
    }
}
