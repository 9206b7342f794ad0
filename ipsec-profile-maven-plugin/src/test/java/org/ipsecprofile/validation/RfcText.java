package org.ipsecprofile.validation;

/**
 * The plain text of the RFCs tests read, kept in this package's test resources as
 * {@code rfc/rfcNNNN.txt} (see {@code rfc/README.md} there for which and why).
 */
public final class RfcText {

    private RfcText() {}

    /** The whole text of RFC {@code number}; fails when the project does not keep it. */
    public static String of(int number) {
        return TestResources.text("rfc/rfc" + number + ".txt");
    }
}
