package org.ipsecprofile.render.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ipsecprofile.check.ProfileFixtures;
import org.ipsecprofile.model.AuthenticationMethod;
import org.ipsecprofile.model.AvailabilityStatus;
import org.ipsecprofile.model.CertificateIssuance;
import org.ipsecprofile.model.IkeMode;
import org.ipsecprofile.model.KeyManagementMethod;
import org.ipsecprofile.model.Need;
import org.ipsecprofile.model.Profile;
import org.ipsecprofile.model.TunneledIn;
import org.ipsecprofile.validation.RfcText;
import org.junit.jupiter.api.Test;

/** SPEC §5: generated text never copies RFC 5406's sentences. */
public class NoCopiedRfc5406SentencesTest {

    @Test
    void noSentenceOfRfc5406AppearsInTheGeneratedSections() throws IOException {
        List<String> sentences = sentencesOf(RfcText.of(5406));
        assertThat(sentences).hasSizeGreaterThan(100);

        String generated = normalize(renderedText());
        for (String sentence : sentences) {
            assertThat(generated).as("copied from RFC 5406").doesNotContain(sentence);
        }
    }

    @Test
    void sentenceSplitterFindsWholeSentencesAcrossLineBreaks() {
        String text = "3.2.  Transport and Tunnel Mode\n\n   Transport mode is preferred for point-to-point\n"
                + "   communication, though tunnel mode can also be used for this purpose.\n"
                + "Bellovin                 Best Current Practice                  [Page 4]\n"
                + "   Short one here.\n";
        assertThat(sentencesOf(text))
                .containsExactly("transport mode is preferred"
                        + " for point-to-point communication, though tunnel mode can also be used for this purpose.");
    }

    /** Many profiles, so that most branches of both writers are rendered. */
    private static String renderedText() {
        List<Profile> profiles = new ArrayList<>(List.of(
                RenderFixtures.valid("bgp.yaml"),
                RenderFixtures.valid("full.yaml"),
                RenderFixtures.valid("missing-items.yaml"),
                ProfileFixtures.bgp()
                        .id("manual")
                        .keyManagementMethod(KeyManagementMethod.MANUAL)
                        .natLikely(true)
                        .tunneledIn(TunneledIn.OTHER)
                        .multicast(true)
                        .lowLevelProtocol(true)
                        .build(),
                ProfileFixtures.bgp()
                        .id("psk")
                        .authenticationMethods(AuthenticationMethod.PRE_SHARED_SECRET)
                        .authenticationMandatoryToImplement(null)
                        .ikeModes(IkeMode.AGGRESSIVE)
                        .confidentiality(Need.OPTIONAL)
                        .transport("sctp")
                        .availabilityStatus(AvailabilityStatus.UNAVAILABLE)
                        .build(),
                ProfileFixtures.bgp()
                        .id("global")
                        .certificateIssuance(CertificateIssuance.GLOBAL_PKI)
                        .concentrators(true)
                        .applicationNeedsPeerIdentity(true)
                        .nestedIpsec(true)
                        .build()));
        StringBuilder text = new StringBuilder();
        for (Profile profile : profiles) {
            text.append(SectionText.of(RenderFixtures.profileSection(profile))).append('\n');
        }
        text.append(SectionText.of(RenderFixtures.securitySection(profiles.toArray(Profile[]::new))));
        return text.toString();
    }

    /**
     * The sentences of at least eight words of the body text: only indented lines count (headings,
     * page headers and footers start in column one), paragraphs end at blank lines, whitespace is
     * collapsed and case ignored.
     */
    public static List<String> sentencesOf(String rfcText) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (String line : rfcText.split("\\R")) {
            if (line.isBlank()) {
                paragraphs.add(paragraph.toString());
                paragraph.setLength(0);
            } else if (Character.isWhitespace(line.charAt(0))) {
                paragraph.append(line.strip()).append(' ');
            }
        }
        paragraphs.add(paragraph.toString());
        List<String> sentences = new ArrayList<>();
        for (String text : paragraphs) {
            for (String sentence : normalize(text).split("(?<=[.!?])\\s+")) {
                if (sentence.split(" ").length >= 8) {
                    sentences.add(sentence);
                }
            }
        }
        return sentences;
    }

    private static String normalize(String text) {
        return text.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
