package org.ipsecprofile.scan;

/**
 * Draft text of a given size in one format, thick with BCP 14 keywords, three paragraphs in ten
 * naming IPsec: the drafts of {@link DraftScanSpeedTest} and of the benchmarks module's draft
 * scan benchmark (which takes it from this module's test jar).
 */
public final class SpeedDraft {

    private static final String[] PARAGRAPHS = {
        "Probes measure loss and delay on each path and send a report to the collector every ten seconds."
                + " Reports carry a sequence number and a timestamp, and the collector keeps the last hundred.",
        "Implementations MUST protect reports with IPsec, and the collector SHOULD reject reports that"
                + " are not carried in ESP [RFC4303].",
        "A probe MUST NOT send more than one report per path in any ten-second interval. The collector"
                + " SHOULD discard a report whose timestamp lies more than a minute in the future.",
        "Each report holds the path identifier, the number of packets sent and received, and the"
                + " minimum, median and maximum delay, in microseconds, as unsigned 32-bit integers.",
        "Unlike IPsec, the report format carries its own checksum. Probes MAY use IPsec when the operator"
                + " configures it, for example on shared links.",
        "The collector MUST acknowledge each report. A probe that receives no acknowledgment SHOULD"
                + " retry twice, doubling its wait each time, and then MUST give up on that report.",
        "Paths are numbered by the operator; the numbering is local to a collector and carries no"
                + " meaning elsewhere. It is RECOMMENDED that operators number paths from 1.",
        "If IPsec is used, ESP MUST be used in transport mode. The key words are to be interpreted as"
                + " described in BCP 14 when, and only when, they appear in all capitals.",
        "A collector SHALL keep the reports of a path for at least one hour. The retention period MAY be"
                + " longer; it is REQUIRED to be configurable.",
        "Probes and collectors exchange reports over UDP. Messages larger than the path MTU MUST NOT be"
                + " sent; a probe SHOULD split its report across several messages instead."
    };

    private SpeedDraft() {}

    /** {@code extension} {@code xml}, {@code md} or anything else for text; at least {@code size} characters. */
    public static String of(String extension, int size) {
        StringBuilder body = new StringBuilder(size + 2048);
        switch (extension) {
            case "xml" ->
                body.append("<?xml version=\"1.0\"?>\n<rfc version=\"3\">\n<middle>\n<section><name>S</name>\n");
            case "md" -> body.append("---\ntitle: Speed\n--- abstract\n\nAbstract.\n\n--- middle\n\n# Section\n\n");
            default -> body.append("1.  Section\n\n");
        }
        int i = 0;
        while (body.length() < size) {
            String text = PARAGRAPHS[i++ % PARAGRAPHS.length];
            switch (extension) {
                case "xml" ->
                    body.append("<t>")
                            .append(text.replace("MUST", "<bcp14>MUST</bcp14>"))
                            .append("</t>\n");
                case "md" -> body.append(text).append("\n\n");
                default ->
                    body.append("   ")
                            .append(text.replaceAll("(.{60,68}) ", "$1\n   "))
                            .append("\n\n");
            }
        }
        if (extension.equals("xml")) {
            body.append("</section>\n</middle>\n</rfc>\n");
        }
        return body.toString();
    }
}
