package org.ipsecprofile.scan;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a draft includes a generated IPsec profile section: an {@code xi:include} (or an
 * XML external entity) of an {@code ipsec-profile-*.xml}, a kramdown-rfc {@code {::include}} of
 * an {@code ipsec-profile-*.md}, a reference to or definition of a profile section's anchor
 * {@code ipsec-profile-<id>} ({@code <xref target="ipsec-profile-bgp"/>}, {@code {{ipsec-profile-bgp}}},
 * {@code (#ipsec-profile-bgp)}, {@code anchor="…"}, {@code {#…}}), or, in a text draft, the
 * pasted section's heading: "IPsec Profile for …", or a title a descriptor gives its section
 * ({@code title}). Commented-out includes do not count.
 */
final class ProfileInclusion {

    private static final String ID = "ipsec-profile-[a-z][a-z0-9-]{0,62}";

    private static final Pattern INCLUDED =
            Pattern.compile("<(?:[\\w.-]+:)?include\\b[^>]*\\bhref\\s*=\\s*[\"'][^\"']*" + ID + "\\.xml[\"']"
                    + "|\\bSYSTEM\\s+[\"'][^\"']*" + ID + "\\.xml[\"']"
                    + "|\\{::include[\\w-]*\\s+[^}]*" + ID + "\\.md\\s*\\}"
                    + "|\\b(?:target|anchor)\\s*=\\s*[\"']" + ID + "[\"']"
                    + "|\\{\\{\\s*[!?]?" + ID + "\\b[^}]*\\}\\}"
                    + "|\\(#" + ID + "\\)"
                    + "|\\{#" + ID + "\\b");

    private static final Pattern TEXT_HEADING =
            Pattern.compile("(?m)^(?:(?:\\d+\\.)+\\d*\\.?\\s+|[A-Z]\\.(?:\\d+\\.?)*\\s+)?IPsec Profile for \\S");

    private ProfileInclusion() {}

    static boolean includesProfileSection(String source, DraftFormat format, List<String> sectionTitles) {
        if (format == DraftFormat.TEXT && hasTitledHeading(source, sectionTitles)) {
            return true;
        }
        // Every form of INCLUDED holds the text "ipsec-profile-" and TEXT_HEADING "IPsec Profile for ":
        // a draft without them is settled by indexOf, not by running the expressions over every
        // position of 100 KB (which took more than half of the scan of a project with descriptors).
        boolean anchor = source.contains("ipsec-profile-");
        boolean heading = format == DraftFormat.TEXT && source.contains("IPsec Profile for ");
        if (!anchor && !heading) {
            return false;
        }
        String visible = withoutComments(source);
        if (anchor && INCLUDED.matcher(visible).find()) {
            return true;
        }
        return heading && TEXT_HEADING.matcher(visible).find();
    }

    /**
     * The offset of the first heading of a pasted profile section in a text draft ("IPsec Profile
     * for …", or one of {@code sectionTitles} alone on its line), or -1.
     */
    static int textHeading(String source, List<String> sectionTitles) {
        int first = -1;
        Matcher heading = TEXT_HEADING.matcher(source);
        if (source.contains("IPsec Profile for ") && heading.find()) {
            first = heading.start();
        }
        for (String title : sectionTitles) {
            if (title.isBlank() || !source.contains(title)) {
                continue;
            }
            Matcher titled = Pattern.compile("(?m)^(?:(?:\\d+\\.)+\\d*\\.?\\s+|[A-Z]\\.(?:\\d+\\.?)*\\s+)?"
                            + Pattern.quote(title) + "\\s*$")
                    .matcher(source);
            if (titled.find() && (first < 0 || titled.start() < first)) {
                first = titled.start();
            }
        }
        return first;
    }

    /** True when a line of the text is one of the titles, alone or after a section number. */
    private static boolean hasTitledHeading(String source, List<String> sectionTitles) {
        for (String title : sectionTitles) {
            if (title.isBlank() || !source.contains(title)) {
                continue;
            }
            Pattern heading = Pattern.compile(
                    "(?m)^(?:(?:\\d+\\.)+\\d*\\.?\\s+|[A-Z]\\.(?:\\d+\\.?)*\\s+)?" + Pattern.quote(title) + "\\s*$");
            if (heading.matcher(source).find()) {
                return true;
            }
        }
        return false;
    }

    static String withoutComments(String s) {
        if (s.indexOf("<!--") < 0 && s.indexOf("{::comment}") < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            int xml = s.indexOf("<!--", i);
            int kramdown = s.indexOf("{::comment}", i);
            int next = xml < 0 ? kramdown : kramdown < 0 ? xml : Math.min(xml, kramdown);
            if (next < 0) {
                out.append(s, i, s.length());
                break;
            }
            out.append(s, i, next).append(' ');
            int end;
            if (next == xml) {
                end = s.indexOf("-->", next + 4);
                i = end < 0 ? s.length() : end + 3;
            } else {
                end = s.indexOf("{:/", next);
                int brace = end < 0 ? -1 : s.indexOf('}', end);
                i = brace < 0 ? s.length() : brace + 1;
            }
        }
        return out.toString();
    }
}
