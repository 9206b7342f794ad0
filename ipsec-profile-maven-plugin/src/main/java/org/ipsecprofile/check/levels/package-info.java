/**
 * The level tables of SPEC §4.5: which requirement level each algorithm has in each context
 * ({@link org.ipsecprofile.check.levels.AlgorithmContext}), with the RFC and section of its row.
 * {@link org.ipsecprofile.check.levels.AlgorithmLevels} is the one copy: the algorithm rules and
 * the site's rule catalogue both read it.
 */
package org.ipsecprofile.check.levels;
