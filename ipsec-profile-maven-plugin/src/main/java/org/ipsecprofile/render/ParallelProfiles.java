package org.ipsecprofile.render;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.ipsecprofile.model.Profile;

/**
 * Renders profiles on a few threads and hands each result over on the calling thread, in the
 * profiles' order, so what is written does not depend on the threads. Only a window of results
 * waits at a time, so 10,000 profiles never wait in memory at once. The first failure stops the
 * rendering and is thrown as it was thrown on the worker.
 */
final class ParallelProfiles {

    /** Results waiting per thread: enough to keep the threads busy while the caller writes. */
    private static final int WINDOW_PER_THREAD = 16;

    private final int threads;

    ParallelProfiles(int threads) {
        this.threads = threads;
    }

    /** Renders one profile; called on a worker thread. */
    @FunctionalInterface
    interface Rendering {

        RenderedProfile render(Profile profile) throws TemplateProblem;
    }

    void render(List<Profile> profiles, Rendering rendering, RenderedProfile.Sink sink)
            throws TemplateProblem, IOException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, new Workers());
        Deque<Future<RenderedProfile>> window = new ArrayDeque<>();
        try {
            for (Profile profile : profiles) {
                window.add(pool.submit(() -> rendering.render(profile)));
                if (window.size() >= threads * WINDOW_PER_THREAD) {
                    sink.accept(next(window));
                }
            }
            while (!window.isEmpty()) {
                sink.accept(next(window));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static RenderedProfile next(Deque<Future<RenderedProfile>> window) throws TemplateProblem, IOException {
        try {
            return window.removeFirst().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while rendering the profile sections");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof TemplateProblem problem) {
                throw problem;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** Daemon threads, so a build that fails elsewhere is never held up by them; they inherit the context class loader. */
    private static final class Workers implements ThreadFactory {

        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "ipsec-profile-render-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
