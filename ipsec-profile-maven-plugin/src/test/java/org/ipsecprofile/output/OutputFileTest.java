package org.ipsecprofile.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFileTest {

    @TempDir
    Path directory;

    @Test
    void writesNewFilesAndTheirDirectories() throws Exception {
        Path target = directory.resolve("a/b/findings.json");

        assertThat(OutputFile.write(target, bytes("{}"))).isTrue();

        assertThat(target).hasContent("{}");
    }

    @Test
    void whatAStoppedBuildLeftInTheStagingFolderIsClearedAndACommitLeavesNoStagingFolder() throws Exception {
        Path output = directory.resolve("generated");
        Path staging = directory.resolve("staging");
        Files.createDirectories(staging.resolve("nested"));
        Files.writeString(staging.resolve("0.staged"), "half a file");
        Files.writeString(staging.resolve("nested/1.staged"), "another");

        try (StagedOutput staged = new StagedOutput(output, staging)) {
            assertThat(staging).doesNotExist();
            staged.put("xml2rfc/bibxml/reference.RFC.4301.xml", "<reference/>");
            staged.put("xml2rfc/ipsec-profile-a.xml", "<section/>");
            staged.put("text/ipsec-profile-a.txt", "text");
            assertThat(staged.commit()).isEqualTo(new WriteSummary(3, 0));
        }

        assertThat(staging).doesNotExist();
        assertThat(output.resolve("xml2rfc/bibxml/reference.RFC.4301.xml")).hasContent("<reference/>");
        assertThat(output.resolve("xml2rfc/ipsec-profile-a.xml")).hasContent("<section/>");
        assertThat(output.resolve("text/ipsec-profile-a.txt")).hasContent("text");
    }

    @Test
    void leavesAFileWithTheSameContentUntouched() throws Exception {
        Path target = directory.resolve("findings.json");
        OutputFile.write(target, bytes("same"));
        FileTime past = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(target, past);

        assertThat(OutputFile.write(target, bytes("same"))).isFalse();

        assertThat(Files.getLastModifiedTime(target)).isEqualTo(past);
    }

    @Test
    void replacesChangedContentAndLeavesNoTemporaryFile() throws Exception {
        Path target = directory.resolve("findings.json");
        OutputFile.write(target, bytes("old"));

        assertThat(OutputFile.write(target, bytes("new"))).isTrue();

        assertThat(target).hasContent("new");
        try (Stream<Path> files = Files.list(directory)) {
            assertThat(files).containsExactly(target);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Every file below {@code directory}, relative, with its content. */
    private Map<String, String> tree() throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(directory)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(directory.relativize(file).toString(), Files.readString(file));
            }
        }
        return files;
    }

    private Map<String, String> previousOutputs() throws IOException {
        Map<String, String> previous = new LinkedHashMap<>();
        previous.put("xml2rfc/a.xml", "old a");
        previous.put("xml2rfc/b.xml", "old b");
        previous.put("text/c.txt", "old c");
        OutputFile.writeAll(directory, previous);
        return tree();
    }

    @Test
    void aWriteFailingMidwayLeavesThePreviousOutputsIntactAndNoTemporaryFile() throws Exception {
        Map<String, String> before = previousOutputs();
        Files.writeString(directory.resolve("blocker"), "a file where a directory must go");
        before = tree();
        Map<String, String> next = new LinkedHashMap<>();
        next.put("xml2rfc/a.xml", "new a");
        next.put("xml2rfc/b.xml", "new b");
        next.put("blocker/d.txt", "cannot be written: blocker is a file");
        next.put("text/c.txt", "new c");

        assertThatThrownBy(() -> OutputFile.writeAll(directory, next)).isInstanceOf(IOException.class);

        assertThat(tree()).isEqualTo(before);
    }

    @Test
    void anInterruptedThreadWritesEveryFileOrNone() throws Exception {
        Map<String, String> before = previousOutputs();
        Map<String, String> next =
                new TreeMap<>(Map.of("xml2rfc/a.xml", "new a", "xml2rfc/b.xml", "new b", "text/c.txt", "new c"));

        // File channels give up when their thread is interrupted (ClosedByInterruptException); the
        // streams of Java 17 write on. Either way: all files new, or all as they were.
        Thread.currentThread().interrupt();
        boolean failed = false;
        try {
            OutputFile.writeAll(directory, next);
        } catch (IOException e) {
            failed = true;
        } finally {
            Thread.interrupted();
        }

        assertThat(tree()).isEqualTo(failed ? before : next);
    }

    @Test
    void aWritingThreadInterruptedFromOutsideLeavesWholeFilesAndNoTemporaryFile() throws Exception {
        previousOutputs();
        Map<String, String> original = new TreeMap<>();
        for (int i = 0; i < 200; i++) {
            original.put("bulk/f" + i + ".txt", ("line " + i + "\n").repeat(2000));
        }
        Map<String, String> next = new TreeMap<>(original);
        Thread writer = new Thread(() -> {
            for (int round = 0; round < 1000 && !Thread.currentThread().isInterrupted(); round++) {
                try {
                    next.replaceAll((file, content) -> content.substring(1) + content.charAt(0));
                    OutputFile.writeAll(directory, next);
                } catch (IOException e) {
                    return;
                }
            }
        });
        writer.start();
        Thread.sleep(150);
        writer.interrupt();
        writer.join(10_000);

        assertThat(writer.isAlive()).isFalse();
        try (Stream<Path> walk = Files.walk(directory)) {
            assertThat(walk.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
        }
        for (Map.Entry<String, String> file : tree().entrySet()) {
            if (file.getKey().startsWith("bulk")) {
                String whole = original.get(file.getKey().replace('\\', '/'));
                assertThat(file.getValue()).as(file.getKey()).hasSameSizeAs(whole);
                assertThat(whole + whole).as(file.getKey()).contains(file.getValue());
            }
        }
    }

    @Test
    void aSymbolicLinkAtATargetIsReplacedNotWrittenThrough(@TempDir Path elsewhere) throws Exception {
        Path outside = elsewhere.resolve("outside.txt");
        Files.writeString(outside, "same");
        Files.createDirectories(directory.resolve("text"));
        Files.createSymbolicLink(directory.resolve("text/c.txt"), outside);

        assertThat(OutputFile.writeAll(directory, Map.of("text/c.txt", "same"))).isEqualTo(new WriteSummary(1, 0));

        assertThat(Files.isSymbolicLink(directory.resolve("text/c.txt"))).isFalse();
        assertThat(Files.readString(outside)).isEqualTo("same");
    }
}
