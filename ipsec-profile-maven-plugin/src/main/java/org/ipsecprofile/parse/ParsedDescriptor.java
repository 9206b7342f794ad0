package org.ipsecprofile.parse;

import java.util.List;
import org.ipsecprofile.check.Finding;
import org.ipsecprofile.model.Profile;

/**
 * What {@link DescriptorParser} made of one file: the profile, or the {@code descriptor} findings
 * that kept it from being read. {@code profile} is non-null exactly when {@code problems} is empty.
 */
public record ParsedDescriptor(Profile profile, List<Finding> problems) {

    public ParsedDescriptor {
        problems = List.copyOf(problems);
        if ((profile == null) == problems.isEmpty()) {
            throw new IllegalArgumentException("a parsed descriptor has either a profile or problems, not both");
        }
    }
}
