package org.ipsecprofile.generation;

import java.nio.file.Path;
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
 * module rendered before are parsed here. One per execution.
 */
final class TemplateSetup {

    private FutureTask<TemplateEngine> task;

    /** Starts loading FreeMarker and parsing the templates of {@code formats}, with the overrides in {@code templateDirectory}. */
    void start(Set<Format> formats, Path templateDirectory) {
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

    /**
     * The engine {@link #start} prepared, once it is ready; null when none was started or it
     * failed, in which case the caller makes one and meets the failure itself.
     */
    TemplateEngine take() throws GenerationException {
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
        if (task != null) {
            task.cancel(false);
            task = null;
        }
    }
}
