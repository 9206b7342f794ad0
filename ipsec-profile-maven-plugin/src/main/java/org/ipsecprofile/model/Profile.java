package org.ipsecprofile.model;

import java.util.List;

/**
 * One parsed profile descriptor (schema {@code ipsec-profile/1}). Sections are never null: an
 * absent section is its {@code absent()} value, so rules ask about keys, not about sections.
 * {@code title} is the profile section's title as the descriptor gives it (null when absent: the
 * default is worded by the templates). {@code algorithms} is {@link Algorithms#absent()} when the
 * descriptor has none. {@code ipsecVersion} is 2 or 3. {@code file} is the descriptor's path relative to the project
 * base directory, with {@code /}, as findings and reports show it.
 */
public record Profile(
        String file,
        String id,
        ProtocolInfo protocol,
        String title,
        int ipsecVersion,
        Context context,
        Selectors selectors,
        Protection protection,
        KeyManagement keyManagement,
        Identification identification,
        UserSwitching userSwitching,
        Authentication authentication,
        Authorization authorization,
        Ike ike,
        Availability availability,
        Algorithms algorithms,
        List<String> additionalSecurityConsiderations,
        List<Suppression> suppressions,
        KeyPositions positions) {

    public Profile {
        additionalSecurityConsiderations = List.copyOf(additionalSecurityConsiderations);
        suppressions = List.copyOf(suppressions);
    }
}
