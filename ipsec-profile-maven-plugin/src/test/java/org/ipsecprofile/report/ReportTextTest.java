package org.ipsecprofile.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ReportTextTest {

    private static final Pattern KEY = Pattern.compile("\"([a-z]+\\.[A-Za-z]+)\"");

    @Test
    void everyWordOfThePageComesFromTheBundleAndTheBundleHoldsNoUnusedKey() throws IOException {
        Set<String> used = new TreeSet<>();
        for (String source : new String[] {
            "src/main/java/org/ipsecprofile/report/ComplianceReportRenderer.java",
            "src/main/java/org/ipsecprofile/mojo/ReportMojo.java"
        }) {
            Matcher key = KEY.matcher(Files.readString(Path.of(source), StandardCharsets.UTF_8));
            while (key.find()) {
                used.add(key.group(1));
            }
        }
        Properties bundle = new Properties();
        try (InputStream in = ReportText.class.getResourceAsStream("compliance-report.properties")) {
            bundle.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }

        assertThat(used).as("keys the page and the mojo ask for").isNotEmpty();
        assertThat(bundle.stringPropertyNames()).as("the bundle's keys").containsExactlyInAnyOrderElementsOf(used);
    }

    @Test
    void aQuoteInThePatternOrInAnArgumentPrintsOnce() {
        ReportText text = ReportText.of(null);

        assertThat(text.get("report.description")).startsWith("How the project's IPsec profile descriptors");
        assertThat(text.get("summary.noDescriptor", "the authors' folder"))
                .isEqualTo("No descriptor was found in the authors' folder.");
    }

    @Test
    void countsPrintAsTheyAreWithoutTheLocalesDigitGrouping() {
        assertThat(ReportText.of(Locale.US).get("profile.counts", "big.yaml", 2, 1234, 0, 5))
                .isEqualTo("Descriptor big.yaml, IPsec version 2: 1234 error(s), 0 warning(s), 5 info(s).");
    }

    @Test
    void aSiteInALanguageWithoutItsOwnBundleGetsEnglish() {
        assertThat(ReportText.of(Locale.JAPANESE).get("report.title")).isEqualTo("IPsec Profile Compliance");
    }

    @Test
    void aBundleForTheSitesLanguageIsUsedAndItsMissingKeysFallBackToEnglish() {
        ReportText esperanto = ReportText.of(Locale.forLanguageTag("eo"));

        assertThat(esperanto.get("report.title")).isEqualTo("Konformeco de IPsec-profiloj");
        assertThat(esperanto.get("findings.none")).isEqualTo("No findings.");
    }
}
