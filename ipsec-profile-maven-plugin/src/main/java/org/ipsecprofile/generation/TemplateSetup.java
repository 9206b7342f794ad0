package org.ipsecprofile.generation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.ipsecprofile.render.Format;
import org.ipsecprofile.render.FragmentRenderer;
import org.ipsecprofile.render.TemplateEngine;
import org.ipsecprofile.render.TemplateEngines;

/**
 * FreeMarker and the templates of the selected formats, set up on a background thread, so that
 * rendering can start as soon as the descriptors are checked: in a JVM that has just started,
 * that set-up takes about as long as reading and checking a few descriptors does. The engine
 * is this JVM's for the same overrides ({@link TemplateEngines}): in the second and later
 * modules of a reactor it is ready at once, and only the templates a format needs that no
 * module rendered before are parsed here; when there are none, no thread is started. One per
 * execution.
 */
final class TemplateSetup {

    private FutureTask<TemplateEngine> task;
    private TemplateEngine ready;

    /** Starts loading FreeMarker and parsing the templates of {@code formats}, with the overrides in {@code templateDirectory}. */
    void start(Set<Format> formats, Path templateDirectory) {
        Optional<TemplateEngine> built = built(templateDirectory);
        if (built.isPresent() && FragmentRenderer.isPrepared(built.get(), formats)) {
            // An earlier execution of this JVM did it all: a thread would start only to finish.
            ready = built.get();
            return;
        }
        FutureTask<TemplateEngine> started = new FutureTask<>(() -> {
            TemplateEngine engine = TemplateEngines.shared(templateDirectory);
            FragmentRenderer.prepare(engine, formats);
            return engine;
        });
        Thread thread = new Thread(started, "ipsec-profile-templates");
        thread.setDaemon(true);
        thread.start();
        task = started;
    }

    private static Optional<TemplateEngine> built(Path templateDirectory) {
        try {
            return TemplateEngines.built(templateDirectory);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * The engine {@link #start} prepared, once it is ready; null when none was started or it
     * failed, in which case the caller makes one and meets the failure itself.
     */
    TemplateEngine take() throws GenerationException {
        if (ready != null) {
            TemplateEngine engine = ready;
            ready = null;
            return engine;
        }
        FutureTask<TemplateEngine> started = task;
        task = null;
        if (started == null) {
            return null;
        }
        try {
            return started.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GenerationException("Interrupted while preparing the templates", e);
        } catch (ExecutionException e) {
            return null;
        }
    }

    /** Drops an engine that was not used (the check failed first). */
    void discard() {
        ready = null;
        if (task != null) {
            task.cancel(false);
            task = null;
        }
    }
}
