package org.ipsecprofile.output;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;

/**
 * Names the build of the plugin's code for the up-to-date fingerprint: a jar's path, size and
 * modification time, so a rebuilt SNAPSHOT with the same version still renders afresh.
 */
public final class PluginCode {

    private PluginCode() {}

    /** The jar or directory {@code type} was loaded from. */
    public static String identity(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        return source == null ? "unknown" : identity(source.getLocation());
    }

    /** The jar or directory of a class or resource URL ({@code file:…} or {@code jar:file:…!/…}). */
    public static String identity(URL location) {
        if (location == null) {
            return "unknown";
        }
        String text = location.toString();
        if (text.startsWith("jar:")) {
            int bang = text.indexOf("!/");
            text = text.substring(4, bang < 0 ? text.length() : bang);
        }
        try {
            Path path = Path.of(new URL(text).toURI());
            if (Files.isRegularFile(path)) {
                return path + " " + Files.size(path) + " "
                        + Files.getLastModifiedTime(path).toMillis();
            }
            return path.toString();
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return text;
        }
    }
}
