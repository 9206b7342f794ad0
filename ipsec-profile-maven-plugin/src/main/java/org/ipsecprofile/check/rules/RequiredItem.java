package org.ipsecprofile.check.rules;

import java.util.List;

/**
 * One of the nine things RFC 5406 Section 8 asks a document relying on IPsec to specify (items a
 * to i): its letter, the title the generated profile section, the compliance page and the
 * starter descriptor give it, and the id of the required-item rule that checks it. The one
 * catalogue of the items; wording templates see it as {@code items} ({@code items.e.title}).
 */
public record RequiredItem(String letter, String title, String ruleId) {

    public static final RequiredItem SELECTORS = new RequiredItem("a", "Selectors", "selectors");
    public static final RequiredItem PROTECTION = new RequiredItem("b", "IPsec Protocols and Mode", "protection");
    public static final RequiredItem KEY_MANAGEMENT = new RequiredItem("c", "Key Management", "key-management");
    public static final RequiredItem IDENTIFICATION = new RequiredItem("d", "Identification", "identification");
    public static final RequiredItem USER_SWITCHING = new RequiredItem("e", "User Switching", "user-switching");
    public static final RequiredItem AUTHENTICATION = new RequiredItem("f", "Authentication", "authentication");
    public static final RequiredItem AUTHORIZATION = new RequiredItem("g", "Authorization", "authorization");
    public static final RequiredItem IKE_VARIANT = new RequiredItem("h", "IKE Version", "ike-variant");
    public static final RequiredItem AVAILABILITY = new RequiredItem("i", "Availability", "availability");

    /** Items a to i, in order. */
    public static final List<RequiredItem> ALL = List.of(
            SELECTORS,
            PROTECTION,
            KEY_MANAGEMENT,
            IDENTIFICATION,
            USER_SWITCHING,
            AUTHENTICATION,
            AUTHORIZATION,
            IKE_VARIANT,
            AVAILABILITY);

    /** The section as the rule catalogue writes it: {@code 8a}. */
    public String section() {
        return "8" + letter;
    }
}
