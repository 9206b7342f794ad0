package org.ipsecprofile.model;

/**
 * The upper-layer protocol selector ({@code selectors.transport}): a keyword ({@code tcp},
 * {@code udp}, {@code sctp}, {@code icmp}, {@code any}) or an IANA protocol number 0–255.
 * {@code number} is the IANA number (-1 for {@code any}); {@code keyword} is null when the
 * descriptor gave a number.
 */
public record Transport(String keyword, int number) {

    public static final int ANY = -1;
    public static final int ICMP = 1;
    public static final int TCP = 6;
    public static final int UDP = 17;
    public static final int SCTP = 132;

    /** The transport for a keyword, or null when the word is not one of the five. */
    public static Transport ofKeyword(String keyword) {
        return switch (keyword) {
            case "tcp" -> new Transport(keyword, TCP);
            case "udp" -> new Transport(keyword, UDP);
            case "sctp" -> new Transport(keyword, SCTP);
            case "icmp" -> new Transport(keyword, ICMP);
            case "any" -> new Transport(keyword, ANY);
            default -> null;
        };
    }

    public static Transport ofNumber(int number) {
        if (number < 0 || number > 255) {
            throw new IllegalArgumentException("protocol number out of range: " + number);
        }
        return new Transport(null, number);
    }

    /** True for TCP, UDP and SCTP, whose selectors include ports (by keyword or by number). */
    public boolean hasPorts() {
        return number == TCP || number == UDP || number == SCTP;
    }

    public boolean isSctp() {
        return number == SCTP;
    }

    /** The spelling for rendered text: the keyword, or the number. */
    public String display() {
        return keyword != null ? keyword : Integer.toString(number);
    }
}
