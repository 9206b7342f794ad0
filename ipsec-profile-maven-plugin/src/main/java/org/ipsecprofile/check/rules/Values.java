package org.ipsecprofile.check.rules;

import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;
import org.ipsecprofile.model.Keyword;

/** Small questions the rules ask about descriptor values. */
final class Values {

    private Values() {}

    /** True when a text value is absent or has nothing but white space: it answers nothing. */
    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** How many different values a list holds. */
    static int distinctCount(List<?> values) {
        return new HashSet<>(values).size();
    }

    /** The keywords of a list as a descriptor writes them, e.g. {@code [esp, ah]}. */
    static String keywords(List<? extends Keyword> values) {
        return values.stream().map(Keyword::keyword).collect(Collectors.joining(", ", "[", "]"));
    }
}
