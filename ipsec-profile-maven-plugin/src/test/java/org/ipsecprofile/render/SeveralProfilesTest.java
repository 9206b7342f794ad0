package org.ipsecprofile.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.regex.Pattern;
import org.ipsecprofile.check.Finding;
import org.ipsecprofile.check.ProfileChecker;
import org.ipsecprofile.check.ProfileFixtures;
import org.ipsecprofile.check.RuleSettings;
import org.ipsecprofile.model.AuthenticationMethod;
import org.ipsecprofile.model.CertificateIssuance;
import org.ipsecprofile.model.IkeVersion;
import org.ipsecprofile.model.Mode;
import org.ipsecprofile.model.NatTraversal;
import org.ipsecprofile.model.Need;
import org.ipsecprofile.model.Profile;
import org.ipsecprofile.render.refs.ReferenceLibrary;
import org.junit.jupiter.api.Test;

/**
 * Several profiles in one draft (SPEC §5): the Security Considerations say what profiles share
 * once, naming the profiles it covers, and per profile only what differs; default titles that
 * would collide take the profile's id.
 */
public class SeveralProfilesTest {

    /** "BGP-4 (see Section 3) and Telemetry (see Section 4): ", "All profiles: " and the like, opening a sentence. */
    private static final Pattern LEAD = Pattern.compile("^.*?(\\)|All profiles): ");

    /** Two alike (BGP-4 and Telemetry, as BGP's example) and one different (Control). */
    static List<Profile> threeProfiles() {
        return List.of(
                ProfileFixtures.bgp().build(),
                ProfileFixtures.bgp().id("telemetry").protocolName("Telemetry").build(),
                ProfileFixtures.bgp()
                        .id("control")
                        .protocolName("Control")
                        .transport("udp")
                        .ports(4789)
                        .confidentiality(Need.REQUIRED)
                        .mode(Mode.TUNNEL)
                        .natTraversal(NatTraversal.REQUIRED)
                        .natLikely(true)
                        .ikeVersion(IkeVersion.IKEV2)
                        .ikeModes()
                        .authenticationMethods(AuthenticationMethod.CERTIFICATES)
                        .authenticationMandatoryToImplement(null)
                        .certificateIssuance(CertificateIssuance.EXISTING_PKI)
                        .constrainedDevices(true)
                        .build());
    }

    static SortedMap<String, String> render(List<Profile> profiles) throws Exception {
        List<Finding> findings = new ArrayList<>();
        ProfileChecker checker = new ProfileChecker(RuleSettings.defaults());
        for (Profile profile : profiles) {
            findings.addAll(checker.check(profile));
        }
        return new FragmentRenderer(new TemplateEngine(null), ReferenceLibrary.standard())
                .render(new RenderRequest(profiles, findings, EnumSet.allOf(Format.class), 1));
    }

    @Test
    void noSentenceOfTheSecurityConsiderationsAppearsTwiceInAnyFormat() throws Exception {
        SortedMap<String, String> outputs = render(threeProfiles());

        for (String file : List.of(
                "xml2rfc/security-considerations.xml",
                "markdown/security-considerations.md",
                "text/security-considerations.txt")) {
            List<String> sentences = sentences(outputs.get(file));
            Map<String, Integer> seen = new LinkedHashMap<>();
            sentences.forEach(sentence -> seen.merge(sentence, 1, Integer::sum));
            assertThat(sentences).as(file).hasSizeGreaterThan(30);
            assertThat(seen.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey))
                    .as(file)
                    .isEmpty();
        }
    }

    @Test
    void whatProfilesShareIsSaidOnceNamingThem() throws Exception {
        String text = flat(render(threeProfiles()).get("text/security-considerations.txt"));

        assertThat(text)
                .containsOnlyOnce("ESP encryption keeps the content of the traffic from eavesdroppers.")
                .containsOnlyOnce("Eavesdroppers on the path can read the traffic")
                .contains("BGP-4 (see \"IPsec Profile for BGP-4\") and Telemetry (see \"IPsec Profile for"
                        + " Telemetry\"): Eavesdroppers on the path")
                .contains("Control (see \"IPsec Profile for Control\"): ESP encryption keeps")
                .contains("All profiles: IPsec does not detect deleted packets")
                .containsOnlyOnce("An attacker on the path can also deny service by dropping packets")
                .contains("The profiles for BGP-4 (see \"IPsec Profile for BGP-4\") and Telemetry (see \"IPsec"
                        + " Profile for Telemetry\") use IPsec to provide integrity")
                .contains("The profile for Control (see \"IPsec Profile for Control\") uses IPsec");
    }

    @Test
    void defaultTitlesThatWouldCollideTakeTheIdAndAGivenTitleIsUsed() throws Exception {
        List<Profile> profiles = List.of(
                ProfileFixtures.bgp().build(),
                ProfileFixtures.bgp().id("bgp-data").build(),
                ProfileFixtures.bgp()
                        .id("bgp-monitor")
                        .title("Monitoring Sessions of BGP-4")
                        .build(),
                ProfileFixtures.bgp().id("telemetry").protocolName("Telemetry").build());
        SortedMap<String, String> outputs = render(profiles);

        assertThat(outputs.get("xml2rfc/ipsec-profile-bgp.xml")).contains("<name>IPsec Profile for BGP-4 (bgp)</name>");
        assertThat(outputs.get("xml2rfc/ipsec-profile-bgp-data.xml"))
                .contains("<name>IPsec Profile for BGP-4 (bgp-data)</name>");
        assertThat(outputs.get("xml2rfc/ipsec-profile-bgp-monitor.xml"))
                .contains("<name>Monitoring Sessions of BGP-4</name>");
        assertThat(outputs.get("xml2rfc/ipsec-profile-telemetry.xml"))
                .contains("<name>IPsec Profile for Telemetry</name>");
        assertThat(outputs.get("markdown/ipsec-profile-bgp-data.md")).contains("IPsec Profile for BGP-4 (bgp-data)");
        assertThat(outputs.get("text/ipsec-profile-bgp-monitor.txt")).contains("Monitoring Sessions of BGP-4");
        // The references to each section show the title it got.
        assertThat(flat(outputs.get("text/security-considerations.txt")))
                .contains("BGP-4 (see \"IPsec Profile for BGP-4 (bgp)\")")
                .contains("BGP-4 (see \"IPsec Profile for BGP-4 (bgp-data)\")")
                .contains("BGP-4 (see \"Monitoring Sessions of BGP-4\")")
                .contains("Telemetry (see \"IPsec Profile for Telemetry\")");
        // One profile alone keeps the default.
        assertThat(render(List.of(ProfileFixtures.bgp().build())).get("xml2rfc/ipsec-profile-bgp.xml"))
                .contains("<name>IPsec Profile for BGP-4</name>");
    }

    /** The sentences of an output, its markup and each sentence's leading profile names left out. */
    public static List<String> sentences(String output) {
        String text = flat(output.replaceAll("<[^>]*>", " "));
        List<String> sentences = new ArrayList<>();
        for (String sentence : text.split("(?<=[.])\\s+")) {
            String stripped = LEAD.matcher(sentence.strip()).replaceFirst("").strip();
            if (stripped.length() > 1) {
                sentences.add(stripped);
            }
        }
        return sentences;
    }

    /** The text on one line, runs of white space as one space. */
    static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
