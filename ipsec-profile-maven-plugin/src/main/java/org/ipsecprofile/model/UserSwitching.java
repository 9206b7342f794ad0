package org.ipsecprofile.model;

/** Item e ({@code userSwitching.*}). Fields are null when absent. */
public record UserSwitching(Boolean applies, Boolean newSaPerUser, String when) {

    public static UserSwitching absent() {
        return new UserSwitching(null, null, null);
    }
}
