package org.ipsecprofile.render;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.ipsecprofile.check.Finding;
import org.ipsecprofile.model.Profile;
import org.ipsecprofile.render.content.Block;
import org.ipsecprofile.render.content.BulletList;
import org.ipsecprofile.render.content.Definition;
import org.ipsecprofile.render.content.DefinitionList;
import org.ipsecprofile.render.content.Inline;
import org.ipsecprofile.render.content.Keyword;
import org.ipsecprofile.render.content.Paragraph;
import org.ipsecprofile.render.content.ProfileFacts;
import org.ipsecprofile.render.content.Section;
import org.ipsecprofile.render.content.SecurityFacts;
import org.ipsecprofile.render.refs.Reference;
import org.ipsecprofile.render.refs.ReferenceLibrary;

/**
 * Renders every output of SPEC §5 for the requested formats, in memory: the caller writes
 * them only when all rendered, so a failing template leaves no partial output. Paths are
 * relative to the output directory, with {@code /}.
 */
public final class FragmentRenderer {

    /** The wording template of a profile's section, which includes the wording of each part. */
    static final String PROFILE_WORDING = "wording/profile/section.ftlx";
    /** The wording template of the Security Considerations section. */
    static final String SECURITY_WORDING = "wording/security/section.ftlx";

    /** The folder of the consequence templates, one per guidance rule that has one. */
    private static final String CONSEQUENCE_WORDING = "wording/consequence/";

    private final TemplateEngine engine;
    private final ReferenceLibrary library;
    private final WordingMemo memo;

    public FragmentRenderer(TemplateEngine engine, ReferenceLibrary library) {
        this(engine, library, WordingMemo.none());
    }

    /** {@code memo}: the sections already rendered in this goal execution, reused when given the same. */
    public FragmentRenderer(TemplateEngine engine, ReferenceLibrary library, WordingMemo memo) {
        this.engine = engine;
        this.library = library;
        this.memo = memo;
    }

    /** Receives each rendered output as soon as it is rendered, so the caller need not hold them all. */
    @FunctionalInterface
    public interface Outputs {

        /** One output: its path relative to the output directory, with {@code /}, and its content. */
        void put(String path, String content) throws IOException;

        /**
         * One output too large to hold comfortably, written by {@code body} to the writer given;
         * by default it is collected into a string for {@link #put}.
         */
        default void stream(String path, Body body) throws IOException, TemplateProblem {
            TextBuffer text = new TextBuffer();
            body.writeTo(text);
            put(path, text.toString());
        }
    }

    /** Writes one output's text. */
    @FunctionalInterface
    public interface Body {

        void writeTo(Writer out) throws IOException, TemplateProblem;
    }

    /**
     * Loads and parses, into {@code engine}'s cache, every template a render of {@code formats}
     * uses, so a render that follows starts at once. Meant for a background thread while the
     * descriptors are read; a template that fails to load is left out of the cache, so the
     * render reports it as it would have without this.
     */
    public static void prepare(TemplateEngine engine, Set<Format> formats) {
        for (Format format : Format.values()) {
            if (!formats.contains(format)) {
                continue;
            }
            String dir = layout(format);
            engine.prepare(dir + "ipsec-profile" + suffix(format));
            engine.prepare(dir + "security-considerations" + suffix(format));
            if (format == Format.XML2RFC) {
                engine.prepare(dir + "references.xml.ftlx");
                engine.prepare(dir + "bibxml-reference.xml.ftlx");
            } else if (format == Format.MARKDOWN) {
                engine.prepare(dir + "references.yaml.ftl");
            }
        }
        for (String wording : DefaultWordingTemplates.names()) {
            // A consequence is included only when its rule fires, which is a few rules of many.
            if (!wording.startsWith(CONSEQUENCE_WORDING)) {
                engine.prepare(wording);
            }
        }
        engine.preparedFormats().addAll(formats);
    }

    /** True when {@link #prepare} ran on {@code engine} for each of {@code formats}: there is nothing left to prepare. */
    public static boolean isPrepared(TemplateEngine engine, Set<Format> formats) {
        return engine.preparedFormats().containsAll(formats);
    }

    /** Each output's relative path and content, sorted by path; empty when there is no profile. */
    public SortedMap<String, String> render(RenderRequest request) throws TemplateProblem {
        SortedMap<String, String> outputs = new TreeMap<>();
        try {
            render(request, outputs::put);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return outputs;
    }

    /**
     * Renders every output, handing each to {@code outputs} as it is done (in no particular order;
     * each path once). Nothing is handed over when there is no profile.
     */
    public void render(RenderRequest request, Outputs outputs) throws TemplateProblem, IOException {
        if (request.profiles().isEmpty()) {
            return;
        }
        Map<String, List<Finding>> byProfile = findingsByProfile(request.findings());
        List<Format> formats = Arrays.stream(Format.values())
                .filter(request.formats()::contains)
                .toList();
        CitedReferences.Collector citations = new CitedReferences.Collector();
        // The Security Considerations name each profile section by the title its template wrote.
        Map<String, String> titles = new HashMap<>();
        // Default titles another profile would share take the profile's id (SPEC §3, title).
        Set<String> collisions = ProfileFacts.defaultTitleCollisions(request.profiles());
        // Profile by profile: each profile's section is written, rendered in every format and
        // dropped, so 10,000 profiles never hold all their sections at once; only the citations
        // are gathered for the references. Rendering them on a second thread was measured no
        // faster on two cores: the JIT compilers keep the second core busy in a fresh JVM.
        for (Profile profile : request.profiles()) {
            List<Finding> own = findingsOf(profile, byProfile);
            Section section = profileSection(profile, own, collisions);
            citations.add(section);
            titles.put(profile.id(), section.title());
            for (Format format : formats) {
                Map<String, Object> root = root(request);
                root.put("profile", profile);
                root.put("section", section);
                root.put("findings", own);
                outputs.put(
                        directory(format) + "ipsec-profile-" + profile.id() + extension(format),
                        engine.render(layout(format) + "ipsec-profile" + suffix(format), root));
            }
        }
        Section security = securitySection(request.profiles(), request.findings(), titles);
        citations.add(security);
        CitedReferences every = citations.result(library);

        for (Format format : formats) {
            String dir = directory(format);
            Map<String, Object> root = root(request);
            root.put("profiles", request.profiles());
            root.put("section", security);
            root.put("findings", request.findings());
            // One section for all profiles: 3 MB for 1,000 of them, so it is streamed.
            String template = layout(format) + "security-considerations" + suffix(format);
            outputs.stream(
                    dir + "security-considerations" + extension(format), out -> engine.render(template, root, out));
            if (format == Format.XML2RFC) {
                renderXmlReferences(every.without(request.declaredReferences().xml2rfc()), every, outputs);
            } else if (format == Format.MARKDOWN) {
                Map<String, Object> refs = root(request);
                CitedReferences cited =
                        every.without(request.declaredReferences().markdown());
                refs.put("normative", cited.normativeButBcp14());
                refs.put("informative", cited.informative());
                refs.put("bcp14", cited.bcp14());
                outputs.put(
                        "markdown/references.yaml", engine.renderShared(layout(format) + "references.yaml.ftl", refs));
            }
        }
    }

    /**
     * The anchors of the generated sections whose text uses a BCP 14 keyword
     * ({@code ipsec-profile-<id>}, {@code security-considerations}): the wording is rendered, the
     * layouts are not. What {@code bcp14-boilerplate} (SPEC §4.4) asks of a draft that includes them.
     */
    public Set<String> sectionsUsingKeywords(List<Profile> profiles, List<Finding> findings) throws TemplateProblem {
        Set<String> using = new java.util.TreeSet<>();
        if (profiles.isEmpty()) {
            return using;
        }
        Map<String, List<Finding>> byProfile = findingsByProfile(findings);
        Set<String> collisions = ProfileFacts.defaultTitleCollisions(profiles);
        Map<String, String> titles = new HashMap<>();
        for (Profile profile : profiles) {
            Section section = profileSection(profile, findingsOf(profile, byProfile), collisions);
            titles.put(profile.id(), section.title());
            if (usesKeywords(section)) {
                using.add(section.anchor());
            }
        }
        Section security = securitySection(profiles, findings, titles);
        if (usesKeywords(security)) {
            using.add(security.anchor());
        }
        return using;
    }

    private Section profileSection(Profile profile, List<Finding> own, Set<String> collisions) throws TemplateProblem {
        boolean collides = collisions.contains(profile.id());
        return memo.section(PROFILE_WORDING, List.of(profile, own, library, collides), () -> {
            Map<String, Object> wording = new LinkedHashMap<>();
            wording.put("profile", profile);
            wording.put("findings", own);
            wording.put("facts", ProfileFacts.of(profile, own, library::contains, collides));
            return engine.renderSection(PROFILE_WORDING, wording);
        });
    }

    private Section securitySection(List<Profile> profiles, List<Finding> findings, Map<String, String> titles)
            throws TemplateProblem {
        List<Object> profileTitles = new ArrayList<>(profiles.size());
        for (Profile profile : profiles) {
            profileTitles.add(titles.get(profile.id()));
        }
        // The facts read the profiles' findings only: a draft's finding (bcp14-boilerplate, which
        // the keyword check adds after rendering this) changes the section only if it reads them all.
        List<Object> profileFindings = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            if (finding.profile() != null) {
                profileFindings.add(finding);
            }
        }
        List<Object> inputs = List.of(profiles, profileFindings, library, profileTitles);
        return memo.section(SECURITY_WORDING, inputs, findings, all -> {
            Map<String, Object> wording = new LinkedHashMap<>();
            wording.put("profiles", profiles);
            wording.put("findings", all);
            wording.put("facts", SecurityFacts.of(profiles, findings, p -> titles.get(p.id())));
            return engine.renderSection(SECURITY_WORDING, wording);
        });
    }

    private static boolean usesKeywords(Section section) {
        return usesKeywords(section.blocks())
                || section.subsections().stream().anyMatch(FragmentRenderer::usesKeywords);
    }

    private static boolean usesKeywords(List<Block> blocks) {
        for (Block block : blocks) {
            if (block instanceof Paragraph paragraph && hasKeyword(paragraph.inlines())) {
                return true;
            } else if (block instanceof BulletList list
                    && list.items().stream().anyMatch(FragmentRenderer::hasKeyword)) {
                return true;
            } else if (block instanceof DefinitionList list) {
                for (Definition definition : list.definitions()) {
                    if (hasKeyword(definition.term()) || usesKeywords(definition.description())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean hasKeyword(List<Inline> inlines) {
        return inlines.stream().anyMatch(Keyword.class::isInstance);
    }

    /** The folder of a format's outputs, below the output directory. */
    private static String directory(Format format) {
        return format.keyword() + "/";
    }

    /** The folder of a format's layout templates. */
    private static String layout(Format format) {
        return "layout/" + format.keyword() + "/";
    }

    private static String extension(Format format) {
        return switch (format) {
            case XML2RFC -> ".xml";
            case MARKDOWN -> ".md";
            case TEXT -> ".txt";
        };
    }

    private static String suffix(Format format) {
        return switch (format) {
            case XML2RFC -> ".xml.ftlx";
            case MARKDOWN -> ".md.ftl";
            case TEXT -> ".txt.ftl";
        };
    }

    /**
     * The two groups hold {@code cited} (what the drafts do not declare); the bibxml files are
     * written for {@code every} cited reference, since a draft includes them one by one and an
     * unused one does no harm.
     */
    private void renderXmlReferences(CitedReferences cited, CitedReferences every, Outputs outputs)
            throws TemplateProblem, IOException {
        outputs.put(
                "xml2rfc/references-normative.xml", references("normative", "Normative References", cited.normative()));
        outputs.put(
                "xml2rfc/references-informative.xml",
                references("informative", "Informative References", cited.informative()));
        for (Reference reference : every.all()) {
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("reference", reference);
            String anchor = reference.anchor();
            String file = "xml2rfc/bibxml/reference."
                    + (anchor.startsWith("RFC") ? "RFC." + anchor.substring(3) : anchor)
                    + ".xml";
            outputs.put(file, engine.renderShared("layout/xml2rfc/bibxml-reference.xml.ftlx", root));
        }
    }

    private String references(String group, String title, List<Reference> references) throws TemplateProblem {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("group", group);
        root.put("title", title);
        root.put("references", references);
        return engine.renderShared("layout/xml2rfc/references.xml.ftlx", root);
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
                byProfile
                        .computeIfAbsent(finding.profile(), id -> new ArrayList<>())
                        .add(finding);
            }
        }
        return byProfile;
    }

    private static List<Finding> findingsOf(Profile profile, Map<String, List<Finding>> byProfile) {
        return byProfile.getOrDefault(profile.id(), List.of());
    }
}
