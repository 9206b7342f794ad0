/**
 * The draft scan (SPEC §4.4, rule {@code just-use-ipsec}): finds the sentences of a draft that
 * require or recommend IPsec without a profile behind them. Knows nothing of Maven.
 *
 * <ul>
 * <li>{@link org.ipsecprofile.scan.DraftScanner}: files in ({@link org.ipsecprofile.scan.DraftScanRequest}),
 *     findings out ({@link org.ipsecprofile.scan.DraftScanResult}).</li>
 * <li>{@link org.ipsecprofile.scan.CheckedProject}: the scan of the drafts a
 *     {@link org.ipsecprofile.scan.DraftSelection} names, joined to a descriptor check; what
 *     {@code check}, {@code generate} and {@code report} all run.</li>
 * <li>{@code XmlProse}, {@code MarkdownProse}, {@code TextProse}: the running text of each
 *     format, with markup, code, comments, headers and references left out and source offsets
 *     kept ({@code Prose}).</li>
 * <li>{@code Sentences}: sentence boundaries; {@code MandatePolicy}: the keyword policy (its parts:
 *     {@code IpsecTerms}, {@code RequirementWords}, {@code Clauses}, {@code Conditions},
 *     {@code Alternatives}, {@code Refusals}, {@code IpsecSpecification}, {@code CloseReading});
 *     {@code ProfileInclusion}: whether a draft includes a generated profile section.</li>
 * </ul>
 */
package org.ipsecprofile.scan;
