package org.ipsecprofile.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a document and a catalogue section ({@code 8h}, {@code 3.1}, {@code 1, 8h}) into the
 * citation the log and reports show: {@code RFC 5406 Section 8 item h}, {@code RFC 8221 Section 5},
 * {@code RFC 5406 Sections 1 and 8 item h}, or the document alone when no section is given.
 */
final class SectionCitation {

    private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)*)([a-z])?");

    private SectionCitation() {}

    /** The citation of {@code section} of {@code document}; the document alone when the section is null or blank. */
    static String describe(String document, String section) {
        if (section == null || section.isBlank()) {
            return document;
        }
        List<String> parts = new ArrayList<>();
        for (String part : section.split(",")) {
            String trimmed = part.strip();
            if (!trimmed.isEmpty()) {
                parts.add(describePart(trimmed));
            }
        }
        String noun = parts.size() == 1 ? "Section " : "Sections ";
        return document + " " + noun + joinWithAnd(parts);
    }

    private static String describePart(String part) {
        Matcher matcher = PART.matcher(part);
        if (!matcher.matches()) {
            return part;
        }
        return matcher.group(2) == null ? matcher.group(1) : matcher.group(1) + " item " + matcher.group(2);
    }

    private static String joinWithAnd(List<String> parts) {
        if (parts.size() <= 2) {
            return String.join(" and ", parts);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + ", and " + parts.get(parts.size() - 1);
    }
}
