package org.ipsecprofile.render.refs;

import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The references generated sections may cite, by anchor. {@link #standard()} holds every RFC the
 * renderer cites, with the data of RFC 5406 Section 12 and the RFC Editor's records (authors named
 * as editor are marked so); {@link #all()} lists them in RFC number order.
 */
public final class ReferenceLibrary {

    private final Map<String, Reference> byAnchor;
    private final List<Reference> ordered;

    private ReferenceLibrary(List<Reference> references) {
        Map<String, Reference> map = new LinkedHashMap<>();
        references.stream()
                .sorted(Comparator.comparingInt(Reference::rfcNumber).thenComparing(Reference::anchor))
                .forEach(r -> {
                    if (map.putIfAbsent(r.anchor(), r) != null) {
                        throw new IllegalArgumentException("duplicate reference anchor " + r.anchor());
                    }
                });
        this.byAnchor = Map.copyOf(map);
        this.ordered = List.copyOf(map.values());
    }

    /** A library of the given references. */
    public static ReferenceLibrary of(List<Reference> references) {
        return new ReferenceLibrary(references);
    }

    /** The reference whose anchor is {@code anchor} ({@code RFC4301}), if the library has it. */
    public Optional<Reference> find(String anchor) {
        return Optional.ofNullable(byAnchor.get(anchor));
    }

    public boolean contains(String anchor) {
        return byAnchor.containsKey(anchor);
    }

    /** Every reference, in RFC number order. */
    public List<Reference> all() {
        return ordered;
    }

    private static final ReferenceLibrary STANDARD = new ReferenceLibrary(List.of(
            rfc(
                    2119,
                    "Key words for use in RFCs to Indicate Requirement Levels",
                    1997,
                    Month.MARCH,
                    List.of(Author.of("S.", "Bradner")),
                    new SeriesInfo(SeriesInfo.BCP, "14")),
            rfc(
                    2401,
                    "Security Architecture for the Internet Protocol",
                    1998,
                    Month.NOVEMBER,
                    List.of(Author.of("S.", "Kent"), Author.of("R.", "Atkinson"))),
            rfc(
                    2402,
                    "IP Authentication Header",
                    1998,
                    Month.NOVEMBER,
                    List.of(Author.of("S.", "Kent"), Author.of("R.", "Atkinson"))),
            rfc(
                    2406,
                    "IP Encapsulating Security Payload (ESP)",
                    1998,
                    Month.NOVEMBER,
                    List.of(Author.of("S.", "Kent"), Author.of("R.", "Atkinson"))),
            rfc(
                    2409,
                    "The Internet Key Exchange (IKE)",
                    1998,
                    Month.NOVEMBER,
                    List.of(Author.of("D.", "Harkins"), Author.of("D.", "Carrel"))),
            rfc(
                    2661,
                    "Layer Two Tunneling Protocol \"L2TP\"",
                    1999,
                    Month.AUGUST,
                    List.of(
                            Author.of("W.", "Townsley"),
                            Author.of("A.", "Valencia"),
                            Author.of("A.", "Rubens"),
                            Author.of("G.", "Pall"),
                            Author.of("G.", "Zorn"),
                            Author.of("B.", "Palter"))),
            rfc(
                    3552,
                    "Guidelines for Writing RFC Text on Security Considerations",
                    2003,
                    Month.JULY,
                    List.of(Author.of("E.", "Rescorla"), Author.of("B.", "Korver")),
                    new SeriesInfo(SeriesInfo.BCP, "72")),
            rfc(
                    3554,
                    "On the Use of Stream Control Transmission Protocol (SCTP) with IPsec",
                    2003,
                    Month.JULY,
                    List.of(
                            Author.of("S.", "Bellovin"),
                            Author.of("J.", "Ioannidis"),
                            Author.of("A.", "Keromytis"),
                            Author.of("R.", "Stewart"))),
            rfc(
                    3715,
                    "IPsec-Network Address Translation (NAT) Compatibility Requirements",
                    2004,
                    Month.MARCH,
                    List.of(Author.of("B.", "Aboba"), Author.of("W.", "Dixon"))),
            rfc(
                    3948,
                    "UDP Encapsulation of IPsec ESP Packets",
                    2005,
                    Month.JANUARY,
                    List.of(
                            Author.of("A.", "Huttunen"),
                            Author.of("B.", "Swander"),
                            Author.of("V.", "Volpe"),
                            Author.of("L.", "DiBurro"),
                            Author.of("M.", "Stenberg"))),
            rfc(
                    4107,
                    "Guidelines for Cryptographic Key Management",
                    2005,
                    Month.JUNE,
                    List.of(Author.of("S.", "Bellovin"), Author.of("R.", "Housley")),
                    new SeriesInfo(SeriesInfo.BCP, "107")),
            rfc(
                    4271,
                    "A Border Gateway Protocol 4 (BGP-4)",
                    2006,
                    Month.JANUARY,
                    List.of(Author.editor("Y.", "Rekhter"), Author.editor("T.", "Li"), Author.editor("S.", "Hares"))),
            rfc(
                    4301,
                    "Security Architecture for the Internet Protocol",
                    2005,
                    Month.DECEMBER,
                    List.of(Author.of("S.", "Kent"), Author.of("K.", "Seo"))),
            rfc(4302, "IP Authentication Header", 2005, Month.DECEMBER, List.of(Author.of("S.", "Kent"))),
            rfc(
                    4303,
                    "IP Encapsulating Security Payload (ESP)",
                    2005,
                    Month.DECEMBER,
                    List.of(Author.of("S.", "Kent"))),
            rfc(
                    4306,
                    "Internet Key Exchange (IKEv2) Protocol",
                    2005,
                    Month.DECEMBER,
                    List.of(Author.editor("C.", "Kaufman"))),
            rfc(
                    4430,
                    "Kerberized Internet Negotiation of Keys (KINK)",
                    2006,
                    Month.MARCH,
                    List.of(
                            Author.of("S.", "Sakane"),
                            Author.of("K.", "Kamada"),
                            Author.of("M.", "Thomas"),
                            Author.of("J.", "Vilhuber"))),
            rfc(
                    4960,
                    "Stream Control Transmission Protocol",
                    2007,
                    Month.SEPTEMBER,
                    List.of(Author.editor("R.", "Stewart"))),
            rfc(
                    5280,
                    "Internet X.509 Public Key Infrastructure Certificate and Certificate Revocation List (CRL) Profile",
                    2008,
                    Month.MAY,
                    List.of(
                            Author.of("D.", "Cooper"),
                            Author.of("S.", "Santesson"),
                            Author.of("S.", "Farrell"),
                            Author.of("S.", "Boeyen"),
                            Author.of("R.", "Housley"),
                            Author.of("W.", "Polk"))),
            rfc(
                    5374,
                    "Multicast Extensions to the Security Architecture for the Internet Protocol",
                    2008,
                    Month.NOVEMBER,
                    List.of(Author.of("B.", "Weis"), Author.of("G.", "Gross"), Author.of("D.", "Ignjatic"))),
            rfc(
                    5406,
                    "Guidelines for Specifying the Use of IPsec Version 2",
                    2009,
                    Month.FEBRUARY,
                    List.of(Author.of("S.", "Bellovin")),
                    new SeriesInfo(SeriesInfo.BCP, "146")),
            rfc(
                    7296,
                    "Internet Key Exchange Protocol Version 2 (IKEv2)",
                    2014,
                    Month.OCTOBER,
                    List.of(
                            Author.of("C.", "Kaufman"),
                            Author.of("P.", "Hoffman"),
                            Author.of("Y.", "Nir"),
                            Author.of("P.", "Eronen"),
                            Author.of("T.", "Kivinen")),
                    new SeriesInfo(SeriesInfo.STD, "79")),
            rfc(
                    7696,
                    "Guidelines for Cryptographic Algorithm Agility and Selecting Mandatory-to-Implement Algorithms",
                    2015,
                    Month.NOVEMBER,
                    List.of(Author.of("R.", "Housley")),
                    new SeriesInfo(SeriesInfo.BCP, "201")),
            rfc(
                    8174,
                    "Ambiguity of Uppercase vs Lowercase in RFC 2119 Key Words",
                    2017,
                    Month.MAY,
                    List.of(Author.of("B.", "Leiba")),
                    new SeriesInfo(SeriesInfo.BCP, "14")),
            rfc(
                    8221,
                    "Cryptographic Algorithm Implementation Requirements and Usage Guidance for Encapsulating"
                            + " Security Payload (ESP) and Authentication Header (AH)",
                    2017,
                    Month.OCTOBER,
                    List.of(
                            Author.of("P.", "Wouters"),
                            Author.of("D.", "Migault"),
                            Author.of("J.", "Mattsson"),
                            Author.of("Y.", "Nir"),
                            Author.of("T.", "Kivinen"))),
            rfc(
                    8247,
                    "Algorithm Implementation Requirements and Usage Guidance for the Internet Key Exchange"
                            + " Protocol Version 2 (IKEv2)",
                    2017,
                    Month.SEPTEMBER,
                    List.of(
                            Author.of("Y.", "Nir"),
                            Author.of("T.", "Kivinen"),
                            Author.of("P.", "Wouters"),
                            Author.of("D.", "Migault"))),
            rfc(
                    9395,
                    "Deprecation of the Internet Key Exchange Version 1 (IKEv1) Protocol and Obsoleted Algorithms",
                    2023,
                    Month.APRIL,
                    List.of(Author.editor("P.", "Wouters")))));

    /** The references the renderer cites. */
    public static ReferenceLibrary standard() {
        return STANDARD;
    }

    /**
     * An RFC with anchor {@code RFCnnnn}; its series are the given subseries (BCP, STD), then
     * {@code RFC}/{@code nnnn}, then {@code DOI}/{@code 10.17487/RFCnnnn}.
     */
    private static Reference rfc(
            int number, String title, int year, Month month, List<Author> authors, SeriesInfo... subseries) {
        List<SeriesInfo> series = new ArrayList<>(List.of(subseries));
        series.add(new SeriesInfo(SeriesInfo.RFC, Integer.toString(number)));
        series.add(new SeriesInfo(SeriesInfo.DOI, "10.17487/RFC" + number));
        return new Reference("RFC" + number, title, authors, YearMonth.of(year, month), series);
    }
}
