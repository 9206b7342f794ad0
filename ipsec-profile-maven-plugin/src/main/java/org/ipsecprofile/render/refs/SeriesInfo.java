package org.ipsecprofile.render.refs;

import java.util.Objects;

/**
 * One series a document belongs to, as xml2rfc's {@code <seriesInfo name= value=>}:
 * {@code RFC}/{@code 4301}, {@code BCP}/{@code 146}, {@code STD}/{@code 79},
 * {@code DOI}/{@code 10.17487/RFC4301}.
 */
public record SeriesInfo(String name, String value) {

    public static final String RFC = "RFC";
    public static final String BCP = "BCP";
    public static final String STD = "STD";
    public static final String DOI = "DOI";

    public SeriesInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }
}
