package org.ipsecprofile.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JVM's template engines: one per set of template roots, shared, rebuilt when an override changes. */
class TemplateEnginesTest {

    private static final String TEMPLATE = "layout/text/ipsec-profile.txt.ftl";

    @TempDir
    Path project;

    private Path overrides;

    @BeforeEach
    void overrides() throws Exception {
        TemplateEngines.clear();
        overrides = project.resolve("src/main/ipsec-templates");
        Files.createDirectories(overrides.resolve("layout/text"));
        Files.writeString(overrides.resolve(TEMPLATE), "first\n");
    }

    @AfterEach
    void clear() {
        TemplateEngines.clear();
    }

    @Test
    void theSameRootsGetTheSameEngine() throws Exception {
        TemplateEngine engine = TemplateEngines.shared(overrides);

        assertThat(TemplateEngines.shared(overrides)).isSameAs(engine);
        // The same directory spelled another way is the same root.
        assertThat(TemplateEngines.shared(overrides.resolve("layout/..").resolve(".")))
                .isSameAs(engine);
        assertThat(TemplateEngines.shared(null)).isSameAs(TemplateEngines.shared(null));
        // A templateDirectory that does not exist has no overrides: the defaults' engine.
        assertThat(TemplateEngines.shared(project.resolve("absent"))).isSameAs(TemplateEngines.shared(null));
    }

    @Test
    void otherRootsGetAnotherEngine() throws Exception {
        Path others = project.resolve("other-templates");
        Files.createDirectories(others);

        TemplateEngine engine = TemplateEngines.shared(overrides);

        assertThat(TemplateEngines.shared(others)).isNotSameAs(engine);
        assertThat(TemplateEngines.shared(null)).isNotSameAs(engine);
        assertThat(TemplateEngines.shared(overrides)).isSameAs(engine);
    }

    @Test
    void aChangedOverrideGetsAnotherEngineThatReadsIt() throws Exception {
        TemplateEngine first = TemplateEngines.shared(overrides);
        assertThat(first.render(TEMPLATE, Map.of())).isEqualTo("first\n");

        // Same size, and a modification time set apart, as an editor in a long-lived JVM (mvnd) leaves it.
        Path file = overrides.resolve(TEMPLATE);
        FileTime before = Files.getLastModifiedTime(file);
        Files.writeString(file, "again\n");
        Files.setLastModifiedTime(file, FileTime.fromMillis(before.toMillis() + 2_000));
        TemplateEngine second = TemplateEngines.shared(overrides);

        assertThat(second).isNotSameAs(first);
        assertThat(second.render(TEMPLATE, Map.of())).isEqualTo("again\n");
    }

    @Test
    void anAddedOverrideGetsAnotherEngine() throws Exception {
        TemplateEngine first = TemplateEngines.shared(overrides);

        Files.writeString(overrides.resolve("layout/text/security-considerations.txt.ftl"), "mine\n");

        TemplateEngine second = TemplateEngines.shared(overrides);
        assertThat(second).isNotSameAs(first);
        assertThat(second.render("layout/text/security-considerations.txt.ftl", Map.of()))
                .isEqualTo("mine\n");
    }

    @Test
    void threadsAskingAtOnceGetOneEngine() throws Exception {
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<TemplateEngine>> asked = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Callable<TemplateEngine> ask = () -> {
                    start.await();
                    TemplateEngine engine = TemplateEngines.shared(overrides);
                    // Used at once, from every thread: rendering shares the engine read-only.
                    assertThat(engine.render(TEMPLATE, Map.of())).isEqualTo("first\n");
                    return engine;
                };
                asked.add(pool.submit(ask));
            }
            start.countDown();
            Set<TemplateEngine> engines = new HashSet<>();
            for (Future<TemplateEngine> engine : asked) {
                engines.add(engine.get(60, TimeUnit.SECONDS));
            }
            assertThat(engines).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void atMostAFewEnginesAreKeptTheLeastRecentlyUsedDroppedFirst() throws Exception {
        TemplateEngine kept = TemplateEngines.shared(overrides);
        TemplateEngine dropped = TemplateEngines.shared(null);
        for (int i = 0; i < TemplateEngines.CAPACITY - 1; i++) {
            Path other = Files.createDirectories(project.resolve("others-" + i));
            TemplateEngines.shared(overrides); // used again: the most recent
            TemplateEngines.shared(other);
        }

        assertThat(TemplateEngines.shared(overrides)).isSameAs(kept);
        assertThat(TemplateEngines.shared(null)).isNotSameAs(dropped);
    }

    @Test
    void aBrokenOverrideFixedBetweenTwoRendersIsReadAgain() throws Exception {
        Path file = overrides.resolve(TEMPLATE);
        Files.writeString(file, "<#if>\n");
        TemplateEngine broken = TemplateEngines.shared(overrides);
        broken.prepare(TEMPLATE);
        assertThat(failure(broken)).contains("syntax error");

        Files.writeString(file, "fixed\n");
        Files.setLastModifiedTime(
                file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 2_000));

        assertThat(TemplateEngines.shared(overrides).render(TEMPLATE, Map.of())).isEqualTo("fixed\n");
    }

    @Test
    void aTemplateThatFailedToLoadIsNotKeptAsFailed() throws Exception {
        TemplateEngine engine = TemplateEngines.shared(overrides);
        Path file = overrides.resolve("layout/text/security-considerations.txt.ftl");
        Files.writeString(file, "<#if>\n");
        assertThat(failure(engine, "layout/text/security-considerations.txt.ftl"))
                .contains("syntax error");

        // Fixed without a new key (the engine was taken before the file existed): read afresh all the same.
        Files.writeString(file, "fixed\n");

        assertThat(engine.render("layout/text/security-considerations.txt.ftl", Map.of()))
                .isEqualTo("fixed\n");
    }

    private static String failure(TemplateEngine engine) {
        return failure(engine, TEMPLATE);
    }

    private static String failure(TemplateEngine engine, String template) {
        try {
            engine.render(template, Map.of());
        } catch (TemplateProblem e) {
            return e.getMessage();
        }
        throw new AssertionError(template + " rendered");
    }
}
