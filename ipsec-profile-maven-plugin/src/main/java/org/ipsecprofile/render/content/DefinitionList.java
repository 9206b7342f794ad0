package org.ipsecprofile.render.content;

import java.util.List;

/** A definition list ({@code <dl>} in xml2rfc). */
public record DefinitionList(List<Definition> definitions) implements Block {

    public DefinitionList {
        definitions = List.copyOf(definitions);
    }
}
