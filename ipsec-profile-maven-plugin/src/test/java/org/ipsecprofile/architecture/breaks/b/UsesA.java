package org.ipsecprofile.architecture.breaks.b;

import org.ipsecprofile.architecture.breaks.a.UsesMaven;

/** With {@link UsesMaven}, a cycle between two packages. */
public class UsesA {
    UsesMaven forth;
}
