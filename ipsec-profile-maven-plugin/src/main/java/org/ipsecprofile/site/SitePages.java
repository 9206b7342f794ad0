package org.ipsecprofile.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.ipsecprofile.check.Finding;
import org.ipsecprofile.check.RuleSettings;
import org.ipsecprofile.output.OutputFile;
import org.ipsecprofile.project.CheckRequest;
import org.ipsecprofile.project.CheckResult;
import org.ipsecprofile.project.ProjectChecker;
import org.ipsecprofile.render.Format;
import org.ipsecprofile.render.FragmentRenderer;
import org.ipsecprofile.render.RenderRequest;
import org.ipsecprofile.render.TemplateEngine;
import org.ipsecprofile.render.TemplateProblem;
import org.ipsecprofile.render.refs.ReferenceLibrary;
import org.ipsecprofile.report.FindingLine;
import org.ipsecprofile.report.RuleCatalogueMarkdown;

/**
 * The documentation site's pages whose content comes from the code, not from a hand-made copy.
 * A page source is Markdown in which a line {@code <!-- generated: KEY -->} is replaced by:
 *
 * <ul>
 *   <li>{@code rule-catalogue}: the rule table of {@link RuleCatalogueMarkdown}, from the registry;</li>
 *   <li>{@code algorithm-levels}: the level tables of SPEC §4.5 ({@link RuleCatalogueMarkdown#levelTables()});</li>
 *   <li>{@code example-file PATH}: a file of the example project, verbatim, as a code block;</li>
 *   <li>{@code example-findings}: the log lines {@code check} prints for the example project;</li>
 *   <li>{@code example-output PATH}: one output of {@code generate} for the example project (a path
 *       below the output directory, such as {@code text/ipsec-profile-bgp.txt}), as a code block.</li>
 * </ul>
 *
 * <p>The example project is checked and rendered with the plugin's defaults, through the same
 * core the mojos call ({@link ProjectChecker}, {@link FragmentRenderer}). No Maven type is used:
 * the site module runs {@link #main} at {@code pre-site}.
 */
public final class SitePages {

    private static final Pattern MARKER = Pattern.compile("^<!-- generated: ([a-z-]+)(?: (\\S+))? -->$");

    private final Path exampleProject;
    private CheckResult exampleResult;
    private SortedMap<String, String> exampleOutputs;

    /** Pages that show {@code exampleProject}, a draft project with descriptors in {@code src/main/ipsec}. */
    public SitePages(Path exampleProject) {
        this.exampleProject = exampleProject.toAbsolutePath().normalize();
    }

    /**
     * Writes every {@code *.md} of {@code SOURCE_DIR}, expanded, to {@code OUTPUT_DIR}:
     * {@code SitePages SOURCE_DIR OUTPUT_DIR EXAMPLE_PROJECT_DIR}. Unchanged pages are not rewritten.
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: SitePages SOURCE_DIR OUTPUT_DIR EXAMPLE_PROJECT_DIR");
        }
        Path sources = Path.of(args[0]);
        Path output = Path.of(args[1]);
        SitePages pages = new SitePages(Path.of(args[2]));
        List<Path> files;
        try (Stream<Path> listing = Files.list(sources)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".md"))
                    .sorted()
                    .toList();
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no *.md page sources in " + sources);
        }
        for (Path file : files) {
            String page = pages.expand(
                    Files.readString(file, StandardCharsets.UTF_8),
                    file.getFileName().toString());
            OutputFile.write(output.resolve(file.getFileName().toString()), page.getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * The page with every marker line replaced.
     *
     * @throws IllegalArgumentException naming the page and line of an unknown key, a missing path,
     *         or an example file or output that does not exist
     */
    public String expand(String source, String pageName) throws IOException {
        StringBuilder page = new StringBuilder();
        String[] lines = source.replace("\r\n", "\n").split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher marker = MARKER.matcher(lines[i].strip());
            if (!marker.matches()) {
                page.append(lines[i]);
            } else {
                String where = pageName + ":" + (i + 1);
                page.append(content(marker.group(1), marker.group(2), where));
            }
            if (i < lines.length - 1) {
                page.append('\n');
            }
        }
        return page.toString();
    }

    private String content(String key, String path, String where) throws IOException {
        switch (key) {
            case "rule-catalogue":
                return RuleCatalogueMarkdown.table().stripTrailing();
            case "algorithm-levels":
                return RuleCatalogueMarkdown.levelTables().stripTrailing();
            case "example-findings":
                return codeBlock(findingLines(), "text");
            case "example-file":
                Path file = exampleProject.resolve(required(path, key, where)).normalize();
                if (!file.startsWith(exampleProject) || !Files.isRegularFile(file)) {
                    throw new IllegalArgumentException(where + ": the example project has no file " + path);
                }
                return codeBlock(Files.readString(file, StandardCharsets.UTF_8), language(path));
            case "example-output":
                String output = outputs().get(required(path, key, where));
                if (output == null) {
                    throw new IllegalArgumentException(
                            where + ": generate writes no " + path + " for the example project; it writes "
                                    + String.join(", ", outputs().keySet()));
                }
                return codeBlock(output, language(path));
            default:
                throw new IllegalArgumentException(where + ": unknown marker 'generated: " + key
                        + "'; write rule-catalogue, algorithm-levels, example-file PATH, example-findings or"
                        + " example-output PATH");
        }
    }

    private static String required(String path, String key, String where) {
        if (path == null) {
            throw new IllegalArgumentException(where + ": 'generated: " + key + "' needs a path after it");
        }
        return path;
    }

    private String findingLines() throws IOException {
        List<String> lines = new ArrayList<>();
        for (Finding finding : check().findings()) {
            String level = finding.suppressed()
                    ? "INFO"
                    : switch (finding.severity()) {
                        case ERROR -> "ERROR";
                        case WARNING -> "WARNING";
                        case INFO -> "INFO";
                    };
            lines.add("[" + level + "] " + FindingLine.format(finding));
        }
        return String.join("\n", lines);
    }

    private CheckResult check() throws IOException {
        if (exampleResult == null) {
            exampleResult = new ProjectChecker()
                    .check(new CheckRequest(
                            exampleProject,
                            exampleProject.resolve("src/main/ipsec"),
                            null,
                            null,
                            RuleSettings.defaults()));
        }
        return exampleResult;
    }

    private SortedMap<String, String> outputs() throws IOException {
        if (exampleOutputs == null) {
            CheckResult result = check();
            try {
                exampleOutputs = new FragmentRenderer(new TemplateEngine(null), ReferenceLibrary.standard())
                        .render(new RenderRequest(
                                result.profiles(), result.findings(), EnumSet.allOf(Format.class), 1));
            } catch (TemplateProblem e) {
                throw new IllegalStateException(
                        "the default templates failed on the example project: " + e.getMessage(), e);
            }
        }
        return exampleOutputs;
    }

    /** A fenced code block whose fence is longer than any run of backticks in the content. */
    static String codeBlock(String content, String language) {
        int longest = 0;
        Matcher run = Pattern.compile("`+").matcher(content);
        while (run.find()) {
            longest = Math.max(longest, run.end() - run.start());
        }
        String fence = "`".repeat(Math.max(3, longest + 1));
        return fence + language + "\n" + content.stripTrailing() + "\n" + fence;
    }

    private static String language(String path) {
        String name = path.toLowerCase(Locale.ROOT);
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return "yaml";
        } else if (name.endsWith(".xml")) {
            return "xml";
        } else if (name.endsWith(".md")) {
            return "markdown";
        } else if (name.endsWith(".json")) {
            return "json";
        }
        return "text";
    }
}
