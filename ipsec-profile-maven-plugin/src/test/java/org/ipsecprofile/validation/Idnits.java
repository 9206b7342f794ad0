package org.ipsecprofile.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs idnits 3 (the IETF's draft checker, {@code @ietf-tools/idnits} 3.0.0-alpha.74 from the npm
 * registry in CI) as {@code idnits --offline -o json <file>} and returns its nits. Found through
 * the environment variable {@code IDNITS} (the path of the executable) or as {@code idnits} on
 * {@code PATH}.
 *
 * <p>Check the {@code --expand}ed XML of an xml2rfc draft, and the text xml2rfc renders for a
 * kramdown-rfc draft (kramdown-rfc's XML keeps version 2 vocabulary idnits calls deprecated). Give
 * the file the draft's name ({@code draft-…-00.xml} or {@code .txt}): idnits tells an
 * Internet-Draft from an RFC by it.
 *
 * <p>Offline for sure: even with {@code --offline}, idnits 3.0.0-alpha.74 asks the RFC Editor and
 * the Datatracker for the status of every cited document, so whether those requests succeed would
 * change the nits. The child's Node.js is started with a module that replaces {@code fetch} by one
 * that always fails ({@code NODE_OPTIONS=--import=data:…}; inherited {@code NODE_*} variables are
 * dropped), and the proxy variables point at a closed local port: the status checks then always
 * report what they report offline, which {@link Report#nits()} leaves out.
 */
public final class Idnits {

    /** idnits: the variable {@code IDNITS} or the command on {@code PATH}. */
    public static final InstalledTool TOOL = new InstalledTool(
            "idnits",
            "IDNITS",
            "install idnits 3 ('npm install -g @ietf-tools/idnits@3.0.0-alpha.74') or set IDNITS to the path of"
                    + " an idnits executable");

    // Nits that need the network: offline idnits cannot learn a cited document's status, so it
    // reports these for every reference, whatever the draft says.

    /** A normative reference whose status could not be fetched "is a possible downref". */
    public static final String POSSIBLE_DOWNREF = "POSSIBLE_DOWNREF";
    /** A cited RFC whose status could not be fetched. */
    public static final String UNDEFINED_STATUS = "UNDEFINED_STATUS";
    /** A cited Internet-Draft whose state could not be fetched from the Datatracker. */
    public static final String UNDEFINED_STATE = "UNDEFINED_STATE";

    // Nits about the document's date: they depend on the day the check runs, not on the draft.

    /** The {@code <date>} is more than a few days before today. */
    public static final String DOC_DATE_IN_PAST = "DOC_DATE_IN_PAST";
    /** The {@code <date>} is more than a few days after today. */
    public static final String DOC_DATE_IN_FUTURE = "DOC_DATE_IN_FUTURE";
    /**
     * No date found: an empty {@code <date/>}, which xml2rfc fills in with the day it renders, stays
     * empty in the {@code --expand}ed XML.
     */
    public static final String MISSING_DOC_DATE = "MISSING_DOC_DATE";
    /** The copyright year of the text is not the current year. */
    public static final String COPYRIGHT_YEAR_MISMATCH = "COPYRIGHT_YEAR_MISMATCH";

    // Nits about the file's name (draft-<name>-NN.xml|txt), not its content: a test's file name
    // (an --expand'ed draft is <name>.exp.xml) is not the name the draft is submitted under.

    /** The file name has no extension. */
    public static final String FILENAME_MISSING_EXTENSION = "FILENAME_MISSING_EXTENSION";
    /** The file name has more than one dot. */
    public static final String FILENAME_TOO_MANY_DOTS = "FILENAME_TOO_MANY_DOTS";
    /** The file name has characters other than lower-case letters, digits and dashes. */
    public static final String FILENAME_INVALID_CHARS = "FILENAME_INVALID_CHARS";
    /** The extension is neither {@code .txt} nor {@code .xml}. */
    public static final String FILENAME_EXTENSION_INVALID = "FILENAME_EXTENSION_INVALID";
    /** The file name is longer than 72 (warning) or 255 (error) characters. */
    public static final String FILENAME_TOO_LONG = "FILENAME_TOO_LONG";
    /** The file name does not start with {@code draft-}. */
    public static final String FILENAME_MISSING_DRAFT_PREFIX = "FILENAME_MISSING_DRAFT_PREFIX";
    /** The file name does not end in a two-digit version. */
    public static final String FILENAME_INVALID_VERSION_SUFFIX = "FILENAME_INVALID_VERSION_SUFFIX";
    /** The file name has fewer than four dash-separated parts. */
    public static final String FILENAME_MISSING_COMPONENTS = "FILENAME_MISSING_COMPONENTS";
    /** The file name is not the document's {@code docName}. */
    public static final String FILENAME_DOCNAME_MISMATCH = "FILENAME_DOCNAME_MISMATCH";

    /** The codes {@link Report#nits()} leaves out: those above, which say nothing about the draft. */
    public static final Set<String> LEFT_OUT = Set.of(
            POSSIBLE_DOWNREF,
            UNDEFINED_STATUS,
            UNDEFINED_STATE,
            DOC_DATE_IN_PAST,
            DOC_DATE_IN_FUTURE,
            MISSING_DOC_DATE,
            COPYRIGHT_YEAR_MISMATCH,
            FILENAME_MISSING_EXTENSION,
            FILENAME_TOO_MANY_DOTS,
            FILENAME_INVALID_CHARS,
            FILENAME_EXTENSION_INVALID,
            FILENAME_TOO_LONG,
            FILENAME_MISSING_DRAFT_PREFIX,
            FILENAME_INVALID_VERSION_SUFFIX,
            FILENAME_MISSING_COMPONENTS,
            FILENAME_DOCNAME_MISMATCH);

    /** A module for {@code node --import} that makes every {@code fetch} fail, percent-encoded. */
    private static final String NO_FETCH =
            "data:text/javascript,globalThis.fetch%3D()%3D%3EPromise.reject(new%20Error('offline'))";

    /** How bad a nit is, as idnits ranks it. */
    public enum Severity {
        ERROR,
        WARNING,
        COMMENT;

        static Severity of(String validationClass) {
            return switch (validationClass) {
                case "ValidationError" -> ERROR;
                case "ValidationWarning" -> WARNING;
                case "ValidationComment" -> COMMENT;
                default -> throw new IllegalArgumentException("unknown idnits severity " + validationClass);
            };
        }
    }

    /** Where in a text a nit is: 1-based line, and position in the line as idnits counts it. */
    public record Position(int line, int pos) {}

    /**
     * One nit: its severity, code, description, the path of the XML element it concerns (XML
     * input; null when idnits gives none) and its positions (text input; often none).
     */
    public record Nit(Severity severity, String code, String description, String path, List<Position> lines) {
        public Nit {
            lines = List.copyOf(lines);
        }

        @Override
        public String toString() {
            return severity + " " + code + ": " + description + (path == null ? "" : " at " + path)
                    + (lines.isEmpty() ? "" : " at " + lines);
        }
    }

    /** Every nit idnits reported, in its order. */
    public record Report(List<Nit> all) {
        public Report {
            all = List.copyOf(all);
        }

        /** The nits that say something about the draft: all but the {@link #LEFT_OUT} codes. */
        public List<Nit> nits() {
            return all.stream().filter(nit -> !LEFT_OUT.contains(nit.code())).toList();
        }
    }

    private Idnits() {}

    /** See {@link InstalledTool#assumeAvailable()}. */
    public static void assumeAvailable() {
        TOOL.assumeAvailable();
    }

    /**
     * Checks {@code file} (an XML draft or a text draft, told apart by the extension) offline,
     * killing idnits after {@code timeout}.
     *
     * @throws IllegalStateException when idnits is absent, does not finish in time or cannot check
     *     the file (it then exits with 1 and says why)
     */
    public static Report check(Path file, Duration timeout) {
        Path absolute = file.toAbsolutePath();
        InstalledTool.Run run = TOOL.run(
                List.of("--offline", "-o", "json", absolute.toString()),
                absolute.getParent(),
                Idnits::hermetic,
                timeout);
        if (run.exitCode() != 0) {
            throw new IllegalStateException("idnits could not check " + file + " (exit code " + run.exitCode() + "): "
                    + run.stdout() + run.stderr());
        }
        return parse(run.stdout());
    }

    /** Checks with a timeout of two minutes. */
    public static Report check(Path file) {
        return check(file, Duration.ofMinutes(2));
    }

    /** The nits of idnits' JSON output ({@code -o json}). */
    static Report parse(String json) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException("idnits did not print JSON: " + json, e);
        }
        JsonNode nits = root == null ? null : root.get("nits");
        if (nits == null || !nits.isArray()) {
            throw new IllegalStateException("idnits' JSON has no array 'nits': " + json);
        }
        List<Nit> all = new ArrayList<>();
        for (JsonNode nit : nits) {
            List<Position> lines = new ArrayList<>();
            for (JsonNode line : nit.path("line")) {
                lines.add(
                        new Position(line.path("line").asInt(), line.path("pos").asInt()));
            }
            all.add(new Nit(
                    Severity.of(nit.path("severity").asText()),
                    nit.path("code").asText(),
                    nit.path("desc").asText(),
                    nit.hasNonNull("path") ? nit.get("path").asText() : null,
                    lines));
        }
        return new Report(all);
    }

    /** The environment of an offline run (see the class comment). */
    static void hermetic(Map<String, String> environment) {
        environment.keySet().removeIf(name -> name.startsWith("NODE_"));
        environment.put("NODE_OPTIONS", "--import=" + NO_FETCH);
        InstalledTool.closedProxies(environment);
    }
}
