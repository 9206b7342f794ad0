package org.ipsecprofile.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.SortedMap;
import org.ipsecprofile.check.ProfileChecker;
import org.ipsecprofile.check.ProfileFixtures;
import org.ipsecprofile.check.RuleSettings;
import org.ipsecprofile.model.Algorithms;
import org.ipsecprofile.model.IkeMode;
import org.ipsecprofile.model.IkeVersion;
import org.ipsecprofile.model.Profile;
import org.ipsecprofile.model.SecurityProtocol;
import org.ipsecprofile.model.Transform;
import org.ipsecprofile.render.refs.ReferenceLibrary;
import org.junit.jupiter.api.Test;

/**
 * A profile with {@code ipsec.version: 3} cites the RFC 4301 suite and RFC 7296, never the RFC
 * 2401 family it obsoletes (SPEC §5, "Algorithms"), in every output: the three formats, the
 * reference lists, bibxml and references.yaml.
 */
class VersionThreeSuiteTest {

    private static final List<String> RFC2401_FAMILY = List.of("2401", "2402", "2406", "2409");

    private static SortedMap<String, String> render(Profile profile) throws Exception {
        return new FragmentRenderer(new TemplateEngine(null), ReferenceLibrary.standard())
                .render(new RenderRequest(
                        List.of(profile),
                        new ProfileChecker(RuleSettings.defaults()).check(profile),
                        EnumSet.allOf(Format.class),
                        1));
    }

    private static ProfileFixtures.ProfileBuilder versionThree() {
        Algorithms algorithms = new Algorithms(
                true,
                List.of(Transform.ENCR_AES_GCM_16),
                List.of(Transform.AUTH_NONE),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(19));
        return ProfileFixtures.bgp()
                .ipsecVersion(3)
                .ikeVersion(IkeVersion.IKEV2)
                .ikeModes()
                .algorithms(algorithms);
    }

    /** Every mention of an RFC number in any form the outputs write it. */
    private static void assertNoMention(SortedMap<String, String> outputs, String number) {
        outputs.forEach((file, content) -> {
            assertThat(file).as("file name").doesNotContain(number);
            assertThat(content)
                    .as(file)
                    .doesNotContain("RFC" + number)
                    .doesNotContain("RFC." + number)
                    .doesNotContain("RFC " + number)
                    .doesNotContain("\"" + number + "\"");
        });
    }

    @Test
    void espAndAhWithIkev2CiteTheRfc4301SuiteInEveryOutput() throws Exception {
        SortedMap<String, String> outputs = render(versionThree().build());

        RFC2401_FAMILY.forEach(number -> assertNoMention(outputs, number));
        String normative = outputs.get("xml2rfc/references-normative.xml");
        for (String anchor : List.of("RFC4301", "RFC4302", "RFC4303", "RFC7296", "RFC8221", "RFC8247")) {
            assertThat(normative).contains("<reference anchor=\"" + anchor + "\"");
            assertThat(outputs).containsKey("xml2rfc/bibxml/reference.RFC." + anchor.substring(3) + ".xml");
        }
        assertThat(outputs.get("markdown/ipsec-profile-bgp.md")).contains("{{RFC4301}}", "{{RFC7296}}");
        assertThat(outputs.get("text/ipsec-profile-bgp.txt")).contains("[RFC4303]", "[RFC8221]");
        assertThat(outputs.get("markdown/references.yaml")).contains("\n  RFC4302:\n", "\n  RFC8247:\n");
    }

    @Test
    void espAloneLeavesOutAh() throws Exception {
        SortedMap<String, String> outputs = render(versionThree()
                .protocols(SecurityProtocol.ESP)
                .protectionMandatoryToImplement(null)
                .build());

        assertNoMention(outputs, "4302");
        assertThat(outputs.get("xml2rfc/references-normative.xml")).contains("anchor=\"RFC4303\"");
    }

    @Test
    void withIkev1OnlyIkev1ItselfIsCitedFromTheOldFamilyAndItsHistoricStatusIsSaid() throws Exception {
        SortedMap<String, String> outputs = render(versionThree()
                .ikeVersion(IkeVersion.IKEV1)
                .ikeModes(IkeMode.MAIN)
                .build());

        List.of("2401", "2402", "2406").forEach(number -> assertNoMention(outputs, number));
        assertThat(outputs.get("xml2rfc/references-normative.xml")).contains("anchor=\"RFC2409\"");
        assertThat(outputs.get("text/ipsec-profile-bgp.txt")).contains("[RFC9395]");
        assertThat(outputs.get("xml2rfc/ipsec-profile-bgp.xml"))
                .contains("IKEv1 is deprecated: <xref target=\"RFC9395\"/> moved its specifications to Historic"
                        + " status");
        assertThat(outputs.get("xml2rfc/references-informative.xml")).contains("anchor=\"RFC9395\"");
    }

    @Test
    void aVersionTwoProfileStillCitesTheSuiteRfc5406Covers() throws Exception {
        SortedMap<String, String> outputs = render(ProfileFixtures.bgp().build());

        assertThat(outputs.get("xml2rfc/references-normative.xml"))
                .contains("anchor=\"RFC2401\"", "anchor=\"RFC2406\"", "anchor=\"RFC2409\"")
                .doesNotContain("anchor=\"RFC4301\"");
        assertThat(outputs.get("xml2rfc/ipsec-profile-bgp.xml")).doesNotContain("RFC9395");
    }
}
