package org.ipsecprofile.render;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The names of the default wording templates ({@code wording/…}), read once per JVM from the
 * templates jar (or folder), so that the background set-up can parse every one of them: a
 * section's template includes its parts only as it renders, and parsing some fifty small
 * templates in a fresh JVM then cost the render about as much again as the rest of it.
 */
final class DefaultWordingTemplates {

    private static final String FOLDER = TemplateEngine.DEFAULT_TEMPLATE_PATH + "/wording/";

    private DefaultWordingTemplates() {}

    /** Template names relative to the template root ({@code wording/profile/section.ftlx}); empty if they cannot be listed. */
    static List<String> names() {
        return Names.ALL;
    }

    private static final class Names {
        static final List<String> ALL = list();
    }

    private static List<String> list() {
        URL folder = DefaultWordingTemplates.class.getClassLoader().getResource(FOLDER);
        List<String> names = new ArrayList<>();
        try {
            if (folder == null) {
                return List.of();
            }
            if ("jar".equals(folder.getProtocol())) {
                JarURLConnection connection = (JarURLConnection) folder.openConnection();
                connection.setUseCaches(false);
                try (JarFile jar = connection.getJarFile()) {
                    for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                        String name = entries.nextElement().getName();
                        if (name.startsWith(FOLDER) && name.endsWith(".ftlx")) {
                            names.add(name.substring(TemplateEngine.DEFAULT_TEMPLATE_PATH.length() + 1));
                        }
                    }
                }
            } else if ("file".equals(folder.getProtocol())) {
                Path root = Path.of(folder.toURI()).getParent();
                try (Stream<Path> files = Files.walk(root.resolve("wording"))) {
                    files.filter(f -> f.toString().endsWith(".ftlx"))
                            .forEach(
                                    f -> names.add(root.relativize(f).toString().replace('\\', '/')));
                }
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            // Only a head start: without the list, the render parses what it includes itself.
            return List.of();
        }
        names.sort(null);
        return List.copyOf(names);
    }
}
