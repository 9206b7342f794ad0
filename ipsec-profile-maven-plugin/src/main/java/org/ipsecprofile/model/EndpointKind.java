package org.ipsecprofile.model;

/** A kind of device that must implement the profile ({@code context.endpoints}). */
public enum EndpointKind implements Keyword {
    HOSTS("hosts"),
    SERVERS("servers"),
    ROUTERS("routers"),
    FIREWALLS("firewalls"),
    EMBEDDED("embedded"),
    NAT_DEVICES("nat-devices"),
    MOBILE("mobile");

    private final String keyword;

    EndpointKind(String keyword) {
        this.keyword = keyword;
    }

    @Override
    public String keyword() {
        return keyword;
    }
}
