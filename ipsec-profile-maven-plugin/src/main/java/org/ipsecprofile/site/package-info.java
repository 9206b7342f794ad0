/**
 * The site report page ({@code report} goal), drawn on a Doxia sink from a check result. The
 * only package besides {@code mojo} that sees Maven (Doxia) types; what it shows comes from the
 * core ({@link org.ipsecprofile.report.ProfileItems}, {@link org.ipsecprofile.check.SectionCitation}).
 */
package org.ipsecprofile.site;
