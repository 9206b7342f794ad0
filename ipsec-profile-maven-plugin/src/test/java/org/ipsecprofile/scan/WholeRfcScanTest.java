package org.ipsecprofile.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

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
 * <p>The policy was tuned on those RFCs. {@code whole-rfcs-test} holds other RFCs, chosen and
 * judged (every sentence the policy could flag, in {@code judged-in-advance.tsv}) before the
 * policy was run on them: the figures measured there are the independent ones.
 */
class WholeRfcScanTest {

    private static final Path RFCS = Path.of("src/test/resources/draft-scan/whole-rfcs");

    private static final Path TEST_RFCS = Path.of("src/test/resources/draft-scan/whole-rfcs-test");

    /**
     * Wrong flags of today's policy (4 in 39 documents; 33 with the policy of issue #14 point 2
     * before the sentence shapes of the scan-shapes branch, 42 when the run was first recorded). Issue #14 asks for at most one per ten documents: lower
     * this as the policy improves, to that target at the end.
     */
    private static final int WRONG_FLAGS_AT_MOST = 4;

    /**
     * The run on the test set, pinned: right flags and wrong flags among the sentences judged before
     * the policy met these RFCs. The policy of main at 4c3e380 (before this session's work on it)
     * flagged 17 of the 19 sentences judged to require IPsec and 14 wrong ones in 22 documents;
     * with the sentence shapes (branch scan-shapes), which took the tuning RFCs from 33 wrong flags
     * to 4, 17 and 13.
     */
    private static final int TEST_SET_RIGHT = 17;

    private static final int TEST_SET_WRONG = 13;

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

    @Test
    void onRfcsJudgedBeforeThePolicyMetThemTheFlagsAreThoseRecorded() throws IOException {
        WholeRfcFolder.Run run = new WholeRfcFolder(TEST_RFCS).scan();

        assertThat(run.documents()).as("documents").isGreaterThanOrEqualTo(20);
        assertThat(run.unjudged())
                .as(
                        "findings with no judgement in %s: read each sentence in its RFC, add a line to %s and"
                                + " say in the README that it was judged after the scan flagged it",
                        TEST_RFCS, WholeRfcFolder.FLAGGED)
                .isEmpty();
        assertThat(run.right()).as("right flags").isEqualTo(TEST_SET_RIGHT);
        assertThat(run.wrong().size()).as("wrong flags").isEqualTo(TEST_SET_WRONG);
    }
}
