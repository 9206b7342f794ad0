package org.ipsecprofile.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KramdownOutputFormatTest {

    @Test
    void escapesInlineMarkupEverywhere() {
        assertThat(KramdownOutputFormat.escape("a *b* _c_ `d` [e](f) {::nomarkdown} {{RFC1}} <g> |h|"))
                .isEqualTo("a \\*b\\* \\_c\\_ \\`d\\` \\[e\\](f) \\{::nomarkdown\\} \\{\\{RFC1\\}\\} \\<g\\> \\|h\\|");
    }

    @Test
    void escapesWhatWouldStartABlockAtTheStartOfAValue() {
        assertThat(KramdownOutputFormat.escape("# heading")).isEqualTo("\\# heading");
        assertThat(KramdownOutputFormat.escape("- item")).isEqualTo("\\- item");
        assertThat(KramdownOutputFormat.escape(": definition")).isEqualTo("\\: definition");
        assertThat(KramdownOutputFormat.escape("12. ordered")).isEqualTo("12\\. ordered");
        assertThat(KramdownOutputFormat.escape("BGP-4 uses port 179.")).isEqualTo("BGP-4 uses port 179.");
    }

    @Test
    void foldsLineBreaksIntoSpaces() {
        assertThat(KramdownOutputFormat.escape("one\ntwo\r\n# three")).isEqualTo("one two  # three");
    }

    @Test
    void writesAmpersandsAsEntitiesSoTextCannotSpellOne() {
        // kramdown would turn "&#xD800;" into a lone surrogate and "&lt;" into '<'; it has no "\&".
        assertThat(KramdownOutputFormat.escape("AT&T &lt; &#xD800;")).isEqualTo("AT&amp;T &amp;lt; &amp;#xD800;");
    }
}
