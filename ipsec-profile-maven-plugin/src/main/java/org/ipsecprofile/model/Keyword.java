package org.ipsecprofile.model;

import java.util.Optional;

/** An enumerated descriptor value, spelled in the descriptor exactly as {@link #keyword()}. */
public interface Keyword {

    /** The lower-case spelling used in descriptors, e.g. {@code pre-shared-secret}. */
    String keyword();

    /** The constant of {@code type} spelled {@code keyword}, if there is one. */
    static <E extends Enum<E> & Keyword> Optional<E> lookup(Class<E> type, String keyword) {
        for (E constant : type.getEnumConstants()) {
            if (constant.keyword().equals(keyword)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }
}
