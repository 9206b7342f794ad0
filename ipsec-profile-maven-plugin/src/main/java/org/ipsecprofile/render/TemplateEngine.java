package org.ipsecprofile.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.ConditionalTemplateConfigurationFactory;
import freemarker.cache.FileNameGlobMatcher;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.FirstMatchTemplateConfigurationFactory;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.PathGlobMatcher;
import freemarker.cache.TemplateLoader;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.core.TemplateConfiguration;
import freemarker.core.XMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.SimpleObjectWrapper;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.ipsecprofile.check.rules.RequiredItem;
import org.ipsecprofile.render.content.Section;
import org.ipsecprofile.render.refs.ReferenceLibrary;
import org.ipsecprofile.render.wording.CiteDirective;
import org.ipsecprofile.render.wording.WordingFormat;
import org.ipsecprofile.render.wording.WordingReader;
import org.ipsecprofile.render.wording.WordingReader.WordingProblem;

/**
 * A FreeMarker set-up with its parsed templates, shared by the executions of a JVM that have
 * the same overrides ({@link TemplateEngines}), so read-only once constructed but for the texts
 * {@link #renderShared} keeps: templates come from the project's
 * {@code templateDirectory} when it has a file of that relative path, else from the defaults in
 * the templates jar; each lookup falls back separately.
 *
 * <p>Templates are sandboxed: they see only maps, lists, strings, numbers and booleans
 * ({@link TemplateData}), cannot create or resolve Java classes ({@code ?new}), cannot reach the
 * Java API ({@code ?api}), and can include or import only other templates of these two places.
 * Wording templates ({@code wording/**}) write neutral markup with the {@code <@cite>} and
 * {@code <@guidance>} directives ({@link CiteDirective}) and escape values for it
 * ({@link WordingFormat}); of the layout templates, {@code *.ftlx} escape values for XML,
 * {@code *.md.ftl} for kramdown ({@link KramdownOutputFormat}), and text templates get the
 * {@code <@fill>} directive. Overrides at the paths of template layout version 1 fail every
 * render, naming the file each must become ({@link ObsoleteOverrides}).
 */
public final class TemplateEngine {

    /** Where the default templates live in the templates jar; the version is of the template layout. */
    public static final String DEFAULT_TEMPLATE_PATH = "org/ipsecprofile/templates/v2";

    /** How many texts {@link #renderShared} keeps: more than the reference lists of any real set of profiles. */
    private static final int SHARED_TEXTS = 256;

    private final Configuration configuration;
    private final Path overrideDirectory;
    private final List<String> obsoleteOverrides;
    private final Map<IdentityKey, String> sharedTexts = new ConcurrentHashMap<>();
    private final Set<Format> preparedFormats = ConcurrentHashMap.newKeySet();

    /** An engine whose wording templates may cite the references of {@link ReferenceLibrary#standard()}. */
    public TemplateEngine(Path overrideDirectory) throws IOException {
        this(overrideDirectory, ReferenceLibrary.standard()::contains);
    }

    /**
     * @param overrideDirectory the project's templateDirectory, or null
     * @param knownReference true for the anchors ({@code RFC4301}) that wording templates may cite
     */
    public TemplateEngine(Path overrideDirectory, Predicate<String> knownReference) throws IOException {
        this.overrideDirectory = overrideDirectory;
        this.obsoleteOverrides = ObsoleteOverrides.find(overrideDirectory);
        configuration = new Configuration(Configuration.VERSION_2_3_34);
        configuration.setTemplateLoader(loader(overrideDirectory));
        configuration.setLocalizedLookup(false);
        // Templates do not change during a build: never ask the loaders (a jar, a folder) again.
        configuration.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        configuration.setDefaultEncoding("UTF-8");
        configuration.setOutputEncoding("UTF-8");
        configuration.setLocale(Locale.ROOT);
        configuration.setTimeZone(TimeZone.getTimeZone("UTC"));
        configuration.setNumberFormat("computer");
        configuration.setBooleanFormat("c");
        // Output formats by path, first match wins: wording templates are .ftlx too, but escape
        // for the neutral markup, which the standard .ftlx rule would override.
        configuration.setRecognizeStandardFileExtensions(false);
        configuration.setRegisteredCustomOutputFormats(List.of(KramdownOutputFormat.INSTANCE, WordingFormat.INSTANCE));
        TemplateConfiguration markdown = new TemplateConfiguration();
        markdown.setOutputFormat(KramdownOutputFormat.INSTANCE);
        TemplateConfiguration wording = new TemplateConfiguration();
        wording.setOutputFormat(WordingFormat.INSTANCE);
        TemplateConfiguration xml = new TemplateConfiguration();
        xml.setOutputFormat(XMLOutputFormat.INSTANCE);
        configuration.setTemplateConfigurations(new FirstMatchTemplateConfigurationFactory(
                        new ConditionalTemplateConfigurationFactory(new PathGlobMatcher("wording/**"), wording),
                        new ConditionalTemplateConfigurationFactory(new FileNameGlobMatcher("*.ftlx"), xml),
                        new ConditionalTemplateConfigurationFactory(new FileNameGlobMatcher("*.md.ftl"), markdown))
                .allowNoMatch(true));
        configuration.setObjectWrapper(new SimpleObjectWrapper(Configuration.VERSION_2_3_34));
        configuration.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        configuration.setAPIBuiltinEnabled(false);
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        configuration.setSharedVariable("fill", new FillDirective());
        configuration.setSharedVariable("cite", CiteDirective.cite(knownReference));
        configuration.setSharedVariable("guidance", CiteDirective.guidance(knownReference));
        try {
            configuration.setSharedVariable("items", itemsByLetter());
        } catch (TemplateModelException e) {
            throw new IllegalStateException("the catalogue of items a to i cannot be handed to templates", e);
        }
    }

    /** The catalogue of RFC 5406's items a to i, as templates see it: {@code items.e.title}. */
    private static Object itemsByLetter() {
        Map<String, RequiredItem> items = new LinkedHashMap<>();
        for (RequiredItem item : RequiredItem.ALL) {
            items.put(item.letter(), item);
        }
        return TemplateData.of(items);
    }

    private static TemplateLoader loader(Path overrideDirectory) throws IOException {
        TemplateLoader defaults = new ClassTemplateLoader(TemplateEngine.class.getClassLoader(), DEFAULT_TEMPLATE_PATH);
        if (overrideDirectory == null || !Files.isDirectory(overrideDirectory)) {
            return defaults;
        }
        // FileTemplateLoader refuses names that resolve outside its directory (symlinks included).
        return new MultiTemplateLoader(new TemplateLoader[] {confined(overrideDirectory), defaults});
    }

    /**
     * The override directory's loader. FileTemplateLoader refuses a symbolic link that leads out of
     * its directory with an unchecked SecurityException, which would escape rendering as a stack
     * trace; here it becomes an IOException that FreeMarker reports with the including template's
     * name and line.
     */
    private static TemplateLoader confined(Path overrideDirectory) throws IOException {
        FileTemplateLoader files = new FileTemplateLoader(overrideDirectory.toFile());
        return new TemplateLoader() {
            @Override
            public Object findTemplateSource(String name) throws IOException {
                try {
                    return files.findTemplateSource(name);
                } catch (SecurityException e) {
                    throw new IOException(name + " in " + overrideDirectory + " is a symbolic link (or lies below one)"
                            + " that leads outside templateDirectory, and is not read; copy the template into"
                            + " templateDirectory instead");
                }
            }

            @Override
            public long getLastModified(Object source) {
                return files.getLastModified(source);
            }

            @Override
            public Reader getReader(Object source, String encoding) throws IOException {
                return files.getReader(source, encoding);
            }

            @Override
            public void closeTemplateSource(Object source) throws IOException {
                files.closeTemplateSource(source);
            }
        };
    }

    /** The formats whose templates {@link FragmentRenderer#prepare} loaded into this engine. */
    Set<Format> preparedFormats() {
        return preparedFormats;
    }

    /**
     * Loads template {@code name} into the cache ahead of its first render. A template that
     * cannot be loaded is dropped from the cache again, so the render meets the failure itself
     * and reports it with the template's name and line.
     */
    public void prepare(String name) {
        try {
            configuration.getTemplate(name);
        } catch (IOException | RuntimeException e) {
            forget(name);
        }
    }

    /**
     * Drops template {@code name} from the cache after it failed to load: FreeMarker would keep
     * the failure, and an engine lives as long as the JVM ({@link TemplateEngines}).
     */
    private void forget(String name) {
        try {
            configuration.removeTemplateFromCache(
                    name, configuration.getLocale(), null, configuration.getDefaultEncoding(), true);
        } catch (IOException | RuntimeException ignored) {
            // Nothing cached, so nothing to drop: the next lookup loads the template afresh.
        }
    }

    /**
     * Renders template {@code name} (e.g. {@code xml2rfc/ipsec-profile.xml.ftlx}) with the given
     * root data, whose values {@link TemplateData} converts. Line ends are LF whatever the
     * template file used; trailing blanks and blank lines at the end are dropped.
     */
    public String render(String name, Map<String, Object> root) throws TemplateProblem {
        TextBuffer out = new TextBuffer();
        try {
            render(name, root, out);
        } catch (IOException e) {
            throw new TemplateProblem("Template " + name + " failed: " + e.getMessage(), e);
        }
        return out.toString();
    }

    /**
     * Renders as {@link #render(String, Map)} does, for data that are the same objects in every
     * execution of the JVM: the standard library's references, and strings and numbers. The text
     * of the first render is kept with the engine (up to {@value #SHARED_TEXTS} texts) and is the
     * result of each later call with the same data ({@link IdentityKey}), so the reference lists
     * and bibxml files that the modules of a reactor share are rendered once.
     */
    public String renderShared(String name, Map<String, Object> root) throws TemplateProblem {
        List<Object> data = new ArrayList<>(root.size() * 2);
        for (Map.Entry<String, Object> entry : root.entrySet()) {
            data.add(entry.getKey());
            data.add(entry.getValue());
        }
        IdentityKey key = IdentityKey.of(name, data);
        String text = sharedTexts.get(key);
        if (text == null) {
            text = render(name, root);
            if (sharedTexts.size() < SHARED_TEXTS) {
                sharedTexts.putIfAbsent(key, text);
            }
        }
        return text;
    }

    /**
     * Renders as {@link #render(String, Map)} does, streaming the tidied text to {@code out}
     * instead of returning it, for outputs too large to hold (the Security Considerations of
     * thousands of profiles). An I/O error of {@code out} is thrown as it is.
     */
    public void render(String name, Map<String, Object> root, Writer out) throws TemplateProblem, IOException {
        TidyWriter tidy = new TidyWriter(out);
        process(name, root, tidy);
        tidy.finish();
    }

    /** Renders template {@code name} to {@code out} as the template writes it, untidied. */
    private void process(String name, Map<String, Object> root, Writer out) throws TemplateProblem, IOException {
        if (!obsoleteOverrides.isEmpty()) {
            throw new TemplateProblem(
                    "templateDirectory holds templates of the old layout (version 1), which the plugin no"
                            + " longer reads:\n  " + String.join("\n  ", obsoleteOverrides),
                    null);
        }
        Template template;
        try {
            template = load(name);
        } catch (TemplateNotFoundException e) {
            throw new TemplateProblem("Template " + name + " was not found in " + places(), e);
        } catch (ParseException e) {
            String where = e.getTemplateName() != null ? e.getTemplateName() : name;
            throw new TemplateProblem(
                    describe(where, e.getLineNumber(), e.getColumnNumber()) + ": syntax error: "
                            + firstLine(e.getEditorMessage()),
                    e);
        } catch (IOException e) {
            throw new TemplateProblem("Template " + name + " cannot be read: " + e.getMessage(), e);
        }
        try {
            template.process(TemplateData.of(root), out);
        } catch (TemplateException e) {
            String where = e.getTemplateSourceName() != null ? e.getTemplateSourceName() : name;
            throw new TemplateProblem(
                    describe(where, e.getLineNumber(), e.getColumnNumber()) + ": "
                            + firstLine(e.getMessageWithoutStackTop()),
                    e);
        } catch (StackOverflowError e) {
            throw new TemplateProblem(
                    describe(name, null, null) + ": includes or macro calls nest without end"
                            + " (a template that includes itself, or a macro that calls itself with no way out)",
                    null);
        }
    }

    /**
     * Renders wording template {@code name} (e.g. {@code wording/profile/section.ftlx}) and reads
     * the neutral markup it writes back into a section ({@link WordingReader}).
     */
    public Section renderSection(String name, Map<String, Object> root) throws TemplateProblem {
        // Not tidied: the reader folds every run of the template's white space, line ends included.
        TextBuffer markup = new TextBuffer();
        try {
            process(name, root, markup);
        } catch (IOException e) {
            throw new TemplateProblem("Template " + name + " failed: " + e.getMessage(), e);
        }
        try {
            return WordingReader.read(markup.toString());
        } catch (WordingProblem e) {
            throw new TemplateProblem(
                    describe(name, null, null) + " wrote markup the plugin cannot read: " + e.getMessage(), e);
        }
    }

    private Template load(String name) throws IOException {
        try {
            return configuration.getTemplate(name);
        } catch (IOException | RuntimeException e) {
            forget(name);
            throw e;
        }
    }

    private String describe(String template, Integer line, Integer column) {
        StringBuilder text = new StringBuilder("Template ").append(template);
        if (overrideDirectory != null && template != null && Files.isRegularFile(overrideDirectory.resolve(template))) {
            text.append(" (override in ").append(overrideDirectory).append(')');
        } else {
            text.append(" (default)");
        }
        if (line != null) {
            text.append(" line ").append(line);
            if (column != null) {
                text.append(", column ").append(column);
            }
        }
        return text.toString();
    }

    private String places() {
        return overrideDirectory != null ? overrideDirectory + " or the default templates" : "the default templates";
    }

    private static String firstLine(String message) {
        String trimmed = message == null ? "" : message.strip();
        int end = trimmed.indexOf("\n----");
        return (end < 0 ? trimmed : trimmed.substring(0, end)).strip();
    }
}
