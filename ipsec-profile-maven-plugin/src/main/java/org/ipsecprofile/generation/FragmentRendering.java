package org.ipsecprofile.generation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.ipsecprofile.project.CheckResult;
import org.ipsecprofile.project.PhaseTimes;
import org.ipsecprofile.render.DeclaredAnchors;
import org.ipsecprofile.render.Format;
import org.ipsecprofile.render.FragmentRenderer;
import org.ipsecprofile.render.RenderRequest;
import org.ipsecprofile.render.TemplateEngine;
import org.ipsecprofile.render.TemplateEngines;
import org.ipsecprofile.render.TemplateProblem;
import org.ipsecprofile.render.WordingMemo;
import org.ipsecprofile.render.refs.ReferenceLibrary;

/**
 * Renders what {@code generate} writes for a checked project, with the engine the background
 * set-up prepared when there is one, else this JVM's engine for the overrides
 * ({@link TemplateEngines}). A template error is a {@link TemplateProblem} naming the
 * template; it fails the build.
 */
final class FragmentRendering {

    private final GenerationRequest.Rendering rendering;
    private final Set<Format> formats;
    private final DeclaredAnchors declaredReferences;
    private final TemplateSetup setup;
    private final PhaseTimes times;
    private final WordingMemo memo;

    /**
     * {@code declaredReferences}: the anchors the drafts declare themselves, left out of the
     * reference lists; {@code memo}: the wording sections the execution rendered already.
     */
    FragmentRendering(
            GenerationRequest.Rendering rendering,
            Set<Format> formats,
            DeclaredAnchors declaredReferences,
            TemplateSetup setup,
            PhaseTimes times,
            WordingMemo memo) {
        this.rendering = rendering;
        this.formats = formats;
        this.declaredReferences = declaredReferences;
        this.setup = setup;
        this.times = times;
        this.memo = memo;
    }

    /** The anchors the drafts declare themselves: an input of the reference lists. */
    DeclaredAnchors declaredReferences() {
        return declaredReferences;
    }

    /** The files, in memory: relative path under the output directory to content. */
    SortedMap<String, String> inMemory(CheckResult result) throws GenerationException, TemplateProblem {
        SortedMap<String, String> files = new TreeMap<>();
        try {
            render(result, files::put);
        } catch (IOException e) {
            throw new IllegalStateException("a map cannot fail to take a file", e);
        }
        return files;
    }

    /** Hands each file to {@code outputs} as soon as it is rendered; an {@link IOException} is the outputs'. */
    void render(CheckResult result, FragmentRenderer.Outputs outputs)
            throws GenerationException, TemplateProblem, IOException {
        long start = System.nanoTime();
        long waiting = System.nanoTime();
        TemplateEngine engine = setup.take();
        times.since("templates", waiting);
        Path templates = rendering.templateDirectory();
        try {
            if (engine == null) {
                engine = TemplateEngines.shared(templates);
            }
        } catch (IOException e) {
            throw new GenerationException("Cannot read the templates in " + templates + ": " + e.getMessage(), e);
        }
        try {
            new FragmentRenderer(engine, ReferenceLibrary.standard(), memo)
                    .render(
                            new RenderRequest(
                                    result.profiles(),
                                    result.findings(),
                                    formats,
                                    rendering.markdownHeadingLevel(),
                                    declaredReferences),
                            outputs);
        } finally {
            times.since("render", start);
        }
    }
}
