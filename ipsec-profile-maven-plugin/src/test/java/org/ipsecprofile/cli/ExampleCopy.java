package org.ipsecprofile.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/** A bundled example draft repository (it/…-example) copied without its Maven files, as an author without Maven has it. */
final class ExampleCopy {

    /** The files that make the example a Maven project or an invoker IT. */
    private static final Set<String> MAVEN_FILES = Set.of("pom.xml", "invoker.properties", "verify.groovy");

    private ExampleCopy() {}

    static Path copy(String example, Path target) throws IOException {
        Path source = Path.of("../it", example);
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path from : walk.toList()) {
                Path relative = source.relativize(from);
                if (relative.toString().isEmpty()
                        || relative.getName(0).toString().equals("target")) {
                    continue;
                }
                if (MAVEN_FILES.contains(relative.toString())) {
                    continue;
                }
                Path to = target.resolve(relative.toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to);
                }
            }
        }
        return target;
    }

    /** Every file under {@code folder}, by its path relative to it with {@code /}, with its bytes. */
    static TreeMap<String, byte[]> files(Path folder) throws IOException {
        TreeMap<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        return files;
    }
}
