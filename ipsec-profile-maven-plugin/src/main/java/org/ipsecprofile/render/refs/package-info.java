/**
 * The bibliographic data of the RFCs the generated sections cite: title, authors, month of
 * publication and series memberships, as records with no Maven or FreeMarker types, so every
 * output format (xml2rfc {@code <reference>}, kramdown-rfc header entries, plain text) draws on the
 * same facts. {@link org.ipsecprofile.render.refs.ReferenceLibrary#standard()} holds them.
 */
package org.ipsecprofile.render.refs;
