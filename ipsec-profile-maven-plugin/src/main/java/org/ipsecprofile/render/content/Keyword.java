package org.ipsecprofile.render.content;

import java.util.Set;

/** A BCP 14 (RFC 2119, RFC 8174) keyword, tagged {@code <bcp14>} in xml2rfc. */
public record Keyword(String word) implements Inline {

    private static final Set<String> WORDS = Set.of(
            "MUST",
            "MUST NOT",
            "REQUIRED",
            "SHALL",
            "SHALL NOT",
            "SHOULD",
            "SHOULD NOT",
            "RECOMMENDED",
            "NOT RECOMMENDED",
            "MAY",
            "OPTIONAL");

    public Keyword {
        if (!WORDS.contains(word)) {
            throw new IllegalArgumentException("not a BCP 14 keyword: " + word);
        }
    }
}
