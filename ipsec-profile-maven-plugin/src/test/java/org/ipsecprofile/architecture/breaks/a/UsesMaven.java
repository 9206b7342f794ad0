package org.ipsecprofile.architecture.breaks.a;

import org.apache.maven.plugin.logging.Log;
import org.ipsecprofile.architecture.breaks.b.UsesA;
import org.ipsecprofile.mojo.CheckMojo;

/** Breaks every boundary at once, so ArchitectureTest can show its rules catch a break. */
public class UsesMaven {
    Log log;
    CheckMojo mojo;
    UsesA back;
}
