package org.ipsecprofile.render.refs;

import java.util.Objects;

/**
 * One author of a reference as the RFC Editor lists it: {@code initials} ({@code S.}),
 * {@code surname} ({@code Kent}) and {@code fullname} ({@code S. Kent}). {@code editor} is true for
 * an author the RFC names as editor ("R. Stewart, Ed."), which xml2rfc writes as
 * {@code role="editor"}.
 */
public record Author(String initials, String surname, String fullname, boolean editor) {

    public Author {
        Objects.requireNonNull(initials, "initials");
        Objects.requireNonNull(surname, "surname");
        Objects.requireNonNull(fullname, "fullname");
    }

    /** An author who is not an editor. */
    public Author(String initials, String surname, String fullname) {
        this(initials, surname, fullname, false);
    }

    /** An author from initials and surname, with the full name {@code "initials surname"}. */
    public static Author of(String initials, String surname) {
        return new Author(initials, surname, initials + " " + surname, false);
    }

    /** An author named as editor of the document. */
    public static Author editor(String initials, String surname) {
        return new Author(initials, surname, initials + " " + surname, true);
    }
}
