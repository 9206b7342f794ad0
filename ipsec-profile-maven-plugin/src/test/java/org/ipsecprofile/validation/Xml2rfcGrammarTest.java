package org.ipsecprofile.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ipsecprofile.validation.Xml2rfcGrammar.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The harness's grammar check accepts a valid v3 document and points at the line of each error. */
class Xml2rfcGrammarTest {

    private final String valid = TestResources.text("valid-v3.xml");

    @Test
    void aHandWrittenV3DocumentIsValid() {
        assertThat(Xml2rfcGrammar.validate(valid)).isEmpty();
    }

    @Test
    void aFileIsValidatedLikeAString(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("valid-v3.xml"), valid, StandardCharsets.UTF_8);
        assertThat(Xml2rfcGrammar.validate(file)).isEmpty();
    }

    @Test
    void anUnknownElementIsAnErrorOnItsLine() {
        String broken = valid.replace("<dt>Protocol:</dt>", "<dt>Protocol:</dt>\n<frobnicate/>");
        List<Violation> errors = Xml2rfcGrammar.validate(broken);
        assertThat(errors).isNotEmpty();
        assertThat(errors.get(0).line()).isEqualTo(lineOf(broken, "<frobnicate/>"));
        assertThat(errors.get(0).message()).contains("frobnicate");
    }

    @Test
    void aMissingRequiredAttributeIsAnErrorOnItsLine() {
        String broken = valid.replace("<seriesInfo name=\"RFC\" value=\"4301\"/>", "<seriesInfo name=\"RFC\"/>");
        List<Violation> errors = Xml2rfcGrammar.validate(broken);
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).line()).isEqualTo(lineOf(broken, "<seriesInfo name=\"RFC\"/>"));
        assertThat(errors.get(0).message()).contains("value");
    }

    @Test
    void anXrefToNoAnchorIsAnError() {
        String broken = valid.replace("<xref target=\"RFC4301\"/>", "<xref target=\"RFC4303\"/>");
        List<Violation> errors = Xml2rfcGrammar.validate(broken);
        assertThat(errors).extracting(Violation::message).anyMatch(m -> m.contains("RFC4303"));
    }

    @Test
    void twoElementsWithOneAnchorAreAnError() {
        String broken = valid.replace("<section anchor=\"ipsec-profile-example\">", "<section anchor=\"RFC4301\">");
        assertThat(Xml2rfcGrammar.validate(broken))
                .extracting(Violation::message)
                .anyMatch(m -> m.contains("RFC4301"));
    }

    @Test
    void aDocumentThatIsNotWellFormedIsAnErrorOnItsLine() {
        String broken = valid.replace("with integrity protection.", "with integrity & protection.");
        List<Violation> errors = Xml2rfcGrammar.validate(broken);
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).line()).isEqualTo(lineOf(broken, "integrity & protection"));
    }

    @Test
    void externalEntitiesAreNotLoaded(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "secret");
        String withEntity = valid.replaceFirst(
                        "\\?>", "?>\n<!DOCTYPE rfc [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>")
                .replace("<dd>ESP, with integrity protection.</dd>", "<dd>&x;</dd>");
        assertThat(Xml2rfcGrammar.validate(withEntity))
                .extracting(Violation::message)
                .anyMatch(m -> m.contains("secret.txt"));
    }

    private static int lineOf(String text, String needle) {
        int index = text.indexOf(needle);
        return (int) text.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
    }
}
