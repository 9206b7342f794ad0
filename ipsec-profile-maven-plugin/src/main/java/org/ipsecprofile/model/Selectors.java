package org.ipsecprofile.model;

/** Item a, the traffic selectors ({@code selectors.*}). Each field is null when absent. */
public record Selectors(String initiator, String local, String remote, Transport transport, Ports ports, String notes) {

    public static Selectors absent() {
        return new Selectors(null, null, null, null, null, null);
    }
}
