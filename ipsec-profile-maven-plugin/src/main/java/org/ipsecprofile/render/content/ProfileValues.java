package org.ipsecprofile.render.content;

import java.util.ArrayList;
import java.util.List;
import org.ipsecprofile.model.KeyManagementMethod;
import org.ipsecprofile.model.Profile;

/** Values both kinds of facts read off a descriptor the same way. */
final class ProfileValues {

    private ProfileValues() {}

    /** True when a descriptor text is present and not blank. */
    static boolean given(String text) {
        return text != null && !text.isBlank();
    }

    /** The paragraphs of a descriptor text value: blank lines separate them (SPEC §3). */
    static List<String> paragraphsOf(String text) {
        List<String> paragraphs = new ArrayList<>();
        if (text == null) {
            return paragraphs;
        }
        for (String part : text.replace("\r\n", "\n").split("\n[ \t]*\n")) {
            String stripped = part.strip();
            if (!stripped.isEmpty()) {
                paragraphs.add(stripped);
            }
        }
        return paragraphs;
    }

    /** True for key management that refreshes keys and so permits anti-replay protection. */
    static boolean automated(KeyManagementMethod method) {
        return method == KeyManagementMethod.IKE || method == KeyManagementMethod.KINK;
    }

    /** The protocol's name as the descriptor gives it (the id when it has none). */
    static String protocolName(Profile profile) {
        String name = profile.protocol() == null ? null : profile.protocol().name();
        return given(name) ? name.strip() : profile.id();
    }

    /** The anchor of a profile's section. */
    static String sectionAnchor(Profile profile) {
        return "ipsec-profile-" + profile.id();
    }
}
