package org.ipsecprofile.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.ipsecprofile.check.Finding;
import org.ipsecprofile.model.Profile;
import org.ipsecprofile.render.content.ProfileSectionWriter;
import org.ipsecprofile.render.content.Section;
import org.ipsecprofile.render.content.SecurityConsiderationsWriter;
import org.ipsecprofile.render.refs.Reference;
import org.ipsecprofile.render.refs.ReferenceLibrary;

/**
 * Renders every output of SPEC §5 for the requested formats, in memory: the caller writes
 * them only when all rendered, so a failing template leaves no partial output. Paths are
 * relative to the output directory, with {@code /}.
 */
public final class FragmentRenderer {

    private final TemplateEngine engine;
    private final ReferenceLibrary library;

    public FragmentRenderer(TemplateEngine engine, ReferenceLibrary library) {
        this.engine = engine;
        this.library = library;
    }

    /** Each output's relative path and content, sorted by path; empty when there is no profile. */
    public SortedMap<String, String> render(RenderRequest request) throws TemplateProblem {
        SortedMap<String, String> outputs = new TreeMap<>();
        if (request.profiles().isEmpty()) {
            return outputs;
        }
        Map<String, List<Finding>> byProfile = findingsByProfile(request.findings());
        List<Section> profileSections = new ArrayList<>();
        ProfileSectionWriter profileWriter = new ProfileSectionWriter(library::contains);
        for (Profile profile : request.profiles()) {
            profileSections.add(profileWriter.write(profile, findingsOf(profile, byProfile)));
        }
        Section security = new SecurityConsiderationsWriter(library::contains)
                .write(request.profiles(), request.findings());
        List<Section> all = new ArrayList<>(profileSections);
        all.add(security);
        CitedReferences cited = CitedReferences.of(all, library);

        for (Format format : Format.values()) {
            if (!request.formats().contains(format)) {
                continue;
            }
            String dir = format.keyword() + "/";
            String extension = switch (format) {
                case XML2RFC -> ".xml";
                case MARKDOWN -> ".md";
                case TEXT -> ".txt";
            };
            String suffix = switch (format) {
                case XML2RFC -> ".xml.ftlx";
                case MARKDOWN -> ".md.ftl";
                case TEXT -> ".txt.ftl";
            };
            for (int i = 0; i < request.profiles().size(); i++) {
                Profile profile = request.profiles().get(i);
                Map<String, Object> root = root(request);
                root.put("profile", profile);
                root.put("section", profileSections.get(i));
                root.put("findings", findingsOf(profile, byProfile));
                outputs.put(dir + "ipsec-profile-" + profile.id() + extension,
                        engine.render(dir + "ipsec-profile" + suffix, root));
            }
            Map<String, Object> root = root(request);
            root.put("profiles", request.profiles());
            root.put("section", security);
            root.put("findings", request.findings());
            outputs.put(dir + "security-considerations" + extension,
                    engine.render(dir + "security-considerations" + suffix, root));
            if (format == Format.XML2RFC) {
                renderXmlReferences(cited, outputs);
            } else if (format == Format.MARKDOWN) {
                Map<String, Object> refs = root(request);
                refs.put("normative", cited.normative());
                refs.put("informative", cited.informative());
                outputs.put("markdown/references.yaml", engine.render("markdown/references.yaml.ftl", refs));
            }
        }
        return outputs;
    }

    private void renderXmlReferences(CitedReferences cited, Map<String, String> outputs) throws TemplateProblem {
        outputs.put("xml2rfc/references-normative.xml", references("normative", "Normative References",
                cited.normative()));
        outputs.put("xml2rfc/references-informative.xml", references("informative", "Informative References",
                cited.informative()));
        for (Reference reference : cited.all()) {
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("reference", reference);
            String file = "xml2rfc/bibxml/reference." + reference.anchor().replaceFirst("^RFC", "RFC.") + ".xml";
            outputs.put(file, engine.render("xml2rfc/bibxml-reference.xml.ftlx", root));
        }
    }

    private String references(String group, String title, List<Reference> references) throws TemplateProblem {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("group", group);
        root.put("title", title);
        root.put("references", references);
        return engine.render("xml2rfc/references.xml.ftlx", root);
    }

    private static Map<String, Object> root(RenderRequest request) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("headingLevel", request.markdownHeadingLevel());
        return root;
    }

    /** Each profile's findings, in the order of {@code findings}: grouped once, not filtered per profile and format. */
    private static Map<String, List<Finding>> findingsByProfile(List<Finding> findings) {
        Map<String, List<Finding>> byProfile = new HashMap<>();
        for (Finding finding : findings) {
            if (finding.profile() != null) {
                byProfile.computeIfAbsent(finding.profile(), id -> new ArrayList<>()).add(finding);
            }
        }
        return byProfile;
    }

    private static List<Finding> findingsOf(Profile profile, Map<String, List<Finding>> byProfile) {
        return byProfile.getOrDefault(profile.id(), List.of());
    }
}
