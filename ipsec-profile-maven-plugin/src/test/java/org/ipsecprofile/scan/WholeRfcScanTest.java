package org.ipsecprofile.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The scan over whole published RFCs that mention IPsec (issue #14 point 3): the RFC texts of
 * {@code src/test/resources/draft-scan/whole-rfcs}, each unchanged under a draft's file name, are
 * scanned as a project without descriptors would be, and every finding is held against
 * {@code judgements.tsv}, where each flagged sentence was judged by reading it in its RFC:
 * {@code right} when the RFC requires or recommends IPsec, ESP, AH or IKE for its own protocol's
 * traffic, {@code wrong} otherwise. A finding with no judgement fails the test, so the judgements
 * stay complete when the policy changes; a judged finding that is no longer reported is listed in
 * the output. The other sentences that name IPsec beside a requirement word were judged in advance
 * ({@code judged-in-advance.tsv}), so a wider policy finds its findings judged by a reading made
 * before it, and the output gives the share of the sentences judged to require IPsec that are
 * flagged. The README lists the documents, why each was chosen and which mandate IPsec; the
 * mandating documents of which no sentence is flagged are listed in the output too.
 *
 * <p>The policy was tuned on those RFCs. The {@code whole-rfcs-test*} folders hold other RFCs,
 * chosen and judged (every sentence the policy could flag, in {@code judged-in-advance.tsv})
 * before the policy was run on them: each was an independent measure once, and is tuning data
 * since the round after it was measured (the third since round 4).
 */
class WholeRfcScanTest {

    private static final Path RFCS = Path.of("src/test/resources/draft-scan/whole-rfcs");

    private static final Path TEST_SETS = Path.of("src/test/resources/draft-scan");

    /**
     * Wrong flags of today's scan (1 in 39 documents: 33 with the policy of issue #14 point 2, 4
     * with the sentence shapes of the scan-shapes branch alone, 16 with the document's kind and the
     * paragraph alone, 42 when the run was first recorded). These RFCs are tuning data. Issue #14
     * asks for at most one per ten documents.
     */
    private static final int WRONG_FLAGS_AT_MOST = 1;

    @Test
    void everyFlaggedSentenceOfTheWholeRfcsIsJudgedAndTheWrongOnesStayWithinTheBaseline() throws IOException {
        WholeRfcFolder.Run run = new WholeRfcFolder(RFCS).scan();

        assertThat(run.documents()).as("documents").isGreaterThanOrEqualTo(30);
        assertThat(run.unjudged())
                .as(
                        "findings with no judgement in %s: read each sentence in its RFC and add a line to %s",
                        RFCS, WholeRfcFolder.FLAGGED)
                .isEmpty();
        assertThat(run.wrong().size()).as("wrong flags").isLessThanOrEqualTo(WRONG_FLAGS_AT_MOST);
    }

    /**
     * The test sets, pinned: right and wrong flags among the sentences judged before the policy met
     * these RFCs. Each was measured first and tuned on in the next round (the site's draft scan page
     * has the figures of each round); {@code whole-rfcs-test3}, which holds no RFC that mandates
     * IPsec, was measured after round 3 (4 wrong flags in 21 documents with round 2's scan, 2 with
     * round 3's) and tuned on in round 4 (no wrong flag left). Round 4 also took out a wrong flag of
     * {@code whole-rfcs-test} (2 before, 1 after). None of them is a test set any more.
     *
     * <p>{@code whole-drafts-test4} and {@code whole-drafts-test5} are: 48 whole Internet-Drafts as
     * their authors keep them on GitHub (Markdown, XML and text), chosen and judged while round 4
     * was being written, by engineers who did not read the policy, and never tuned on. Round 3's scan
     * and round 4's both flag one sentence in them, judged wrong (none of the drafts requires IPsec).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "whole-rfcs-test, 18, 1",
        "whole-rfcs-test2, 3, 1",
        "whole-rfcs-test3, 0, 0",
        "whole-drafts-test4, 0, 1",
        "whole-drafts-test5, 0, 0"
    })
    void onRfcsJudgedBeforeThePolicyMetThemTheFlagsAreThoseRecorded(String folder, int right, int wrong)
            throws IOException {
        WholeRfcFolder.Run run = new WholeRfcFolder(TEST_SETS.resolve(folder)).scan();

        assertThat(run.documents()).as("documents").isGreaterThanOrEqualTo(20);
        assertThat(run.unjudged())
                .as(
                        "findings with no judgement in %s: read each sentence in its RFC, add a line to %s and"
                                + " say in the README that it was judged after the scan flagged it",
                        folder, WholeRfcFolder.FLAGGED)
                .isEmpty();
        assertThat(run.right()).as("right flags").isEqualTo(right);
        assertThat(run.wrong().size()).as("wrong flags").isEqualTo(wrong);
    }
}
