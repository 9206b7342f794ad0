/**
 * The rule catalogue of SPEC §4.2 and §4.5. To find a rule: {@link org.ipsecprofile.check.rules.RuleRegistry}
 * lists every rule in catalogue order, each a constant of the class that holds its check method:
 * <ul>
 *   <li>{@link org.ipsecprofile.check.rules.RequiredItemRules}: the nine required items, RFC 5406
 *       Section 8 items a–i;</li>
 *   <li>{@link org.ipsecprofile.check.rules.ProtectionRules}: AH, ESP, modes (Sections 3.1, 3.2)
 *       and the sender address check of the Section 9 example;</li>
 *   <li>{@link org.ipsecprofile.check.rules.KeyManagementRules}: keying, authentication and IKE
 *       (Section 3.3, EAP of item f, the IKE version of item h);</li>
 *   <li>{@link org.ipsecprofile.check.rules.DeploymentRules}: APIs, devices, user granularity,
 *       selectors, multicast and availability (Sections 3.4 to 7, 8i, 9, 1 and 4);</li>
 *   <li>{@link org.ipsecprofile.check.rules.SuiteRules}: today's suite (SPEC §4.5): IPsec version 2
 *       obsoleted by RFC 4301, IKEv1 Historic (RFC 9395), algorithm agility (RFC 7696), optional AH
 *       and gateway modes (RFC 4301);</li>
 *   <li>{@link org.ipsecprofile.check.rules.AlgorithmRules}: the algorithms a profile lists (SPEC
 *       §4.5), held against the level tables of {@link org.ipsecprofile.check.levels.AlgorithmLevels}
 *       and checked for ciphers without integrity, AEAD with integrity, and manual keys.</li>
 * </ul>
 * Rules report {@link org.ipsecprofile.check.rules.Violation}s (key path, severity, message);
 * {@link org.ipsecprofile.check.ProfileChecker} places them in the file, applies
 * {@code ruleSeverities} and {@code suppress}, and makes {@link org.ipsecprofile.check.Finding}s.
 * Nothing here imports Maven types.
 */
package org.ipsecprofile.check.rules;
