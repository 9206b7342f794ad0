package org.ipsecprofile.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The template engines of this JVM, shared by the executions of every module of a build (a
 * working group's repository holds a module per draft, and mvnd keeps the JVM between builds):
 * FreeMarker's set-up and its parsed templates are made once per {@link TemplateRoots}, not once
 * per execution.
 *
 * <p>The cache is a static of the plugin's own classes, so it is per plugin version: Maven gives
 * each plugin version its own class realm, and with it its own copy of this class (and of the
 * default templates, which is why they need no part of the key).
 *
 * <p>Safe under {@code mvn -T}: executions that ask for the same roots at once get the same
 * engine, built once by the first of them while the others wait. An engine is used read-only
 * once built ({@link TemplateEngine} sets FreeMarker's settings and shared variables in its
 * constructor only; FreeMarker's template cache and {@code Template.process} are thread-safe).
 * A template that fails to load is dropped from an engine's cache again
 * ({@link TemplateEngine#prepare}, {@link TemplateEngine#render}), so no execution meets a
 * failure cached by another. At most {@link #CAPACITY} engines are kept, the least recently
 * used dropped first; an engine whose set-up failed is not kept.
 */
public final class TemplateEngines {

    /** Engines kept: a build rarely has more than one or two sets of overrides. */
    static final int CAPACITY = 4;

    private static final Map<TemplateRoots, FutureTask<TemplateEngine>> ENGINES = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<TemplateRoots, FutureTask<TemplateEngine>> eldest) {
            return size() > CAPACITY;
        }
    };

    private TemplateEngines() {}

    /** The engine of the overrides in {@code templateDirectory} (null for none) as they are now. */
    public static TemplateEngine shared(Path templateDirectory) throws IOException {
        return engine(TemplateRoots.of(templateDirectory));
    }

    /**
     * The engine of the overrides in {@code templateDirectory} as they are now, when one is built
     * already; else empty. Builds nothing and never waits.
     */
    public static Optional<TemplateEngine> built(Path templateDirectory) throws IOException {
        FutureTask<TemplateEngine> task;
        synchronized (ENGINES) {
            task = ENGINES.get(TemplateRoots.of(templateDirectory));
        }
        if (task == null || !task.isDone()) {
            return Optional.empty();
        }
        try {
            return Optional.of(task.get());
        } catch (ExecutionException | CancellationException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** The engine of {@code roots}, built by this call unless another built it or is building it. */
    private static TemplateEngine engine(TemplateRoots roots) throws IOException {
        FutureTask<TemplateEngine> task;
        boolean mine = false;
        synchronized (ENGINES) {
            task = ENGINES.get(roots);
            if (task == null) {
                task = new FutureTask<>(() -> new TemplateEngine(roots.overrideDirectory()));
                ENGINES.put(roots, task);
                mine = true;
            }
        }
        if (mine) {
            task.run();
        }
        try {
            return task.get();
        } catch (ExecutionException e) {
            forget(roots, task);
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IOException(cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while waiting for the templates to be set up", e);
        }
    }

    private static void forget(TemplateRoots roots, FutureTask<TemplateEngine> failed) {
        synchronized (ENGINES) {
            ENGINES.remove(roots, failed);
        }
    }

    /** Drops every engine (for tests). */
    static void clear() {
        synchronized (ENGINES) {
            ENGINES.clear();
        }
    }
}
