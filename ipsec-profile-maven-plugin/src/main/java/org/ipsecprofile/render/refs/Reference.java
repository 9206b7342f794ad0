package org.ipsecprofile.render.refs;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A complete bibliographic reference: the {@code anchor} drafts cite it by ({@code RFC4301}), its
 * title, its authors in the order the document lists them, its month of publication, and the
 * series it belongs to in the order of the RFC Editor's citation files: any {@code BCP} or
 * {@code STD} first, then {@code RFC}, then {@code DOI}.
 */
public record Reference(
        String anchor, String title, List<Author> authors, YearMonth date, List<SeriesInfo> seriesInfo) {

    public Reference {
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        authors = List.copyOf(authors);
        seriesInfo = List.copyOf(seriesInfo);
    }

    /** The value of the series named {@code name} ({@code "BCP"} gives {@code "146"}), if any. */
    public Optional<String> series(String name) {
        return seriesInfo.stream()
                .filter(s -> s.name().equals(name))
                .map(SeriesInfo::value)
                .findFirst();
    }

    /** The RFC number, or 0 when the reference is not an RFC. */
    public int rfcNumber() {
        return series(SeriesInfo.RFC).map(Integer::parseInt).orElse(0);
    }
}
