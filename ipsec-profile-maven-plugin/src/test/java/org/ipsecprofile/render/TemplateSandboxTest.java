package org.ipsecprofile.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.ipsecprofile.render.content.Paragraph;
import org.ipsecprofile.render.content.Section;
import org.ipsecprofile.render.content.Text;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Override templates written by whoever can open a pull request try to leave the sandbox: create
 * Java objects, reach the Java API, call methods on the model, change the settings that guard
 * all this, evaluate strings as templates, or include files outside the template directories
 * (relative, absolute, {@code file:} URLs, symbolic links). Each fails with an error naming the
 * template and its line, and the content of a secret file beside the override directory shows up
 * nowhere: not in the output, not in the error, not in its causes.
 */
class TemplateSandboxTest {

    private static final String SECRET = "s3cr3t-7c1e0b9a";
    private static final String TEMPLATE = "layout/text/ipsec-profile.txt.ftl";

    @TempDir
    Path root;

    private Path overrides;
    private Path secret;

    @BeforeEach
    void createOverridesAndASecretOutside() throws Exception {
        overrides = Files.createDirectories(root.resolve("project/src/main/templates"));
        Path outside = Files.createDirectories(root.resolve("outside"));
        secret = outside.resolve("secret.txt");
        Files.writeString(secret, SECRET + "\n");
        Files.writeString(outside.resolve("secret.ftl"), SECRET + "\n");
    }

    private static Map<String, Object> model() {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put(
                "section",
                new Section("ipsec-profile-x", "Title", List.of(Paragraph.of(new Text("Peers use ESP."))), List.of()));
        model.put("headingLevel", 1);
        model.put("profile", Map.of("file", "src/main/ipsec/x.yaml", "id", "x"));
        return model;
    }

    private void override(String name, String content) throws IOException {
        Path file = overrides.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    /** Every message of {@code error} and its causes, joined. */
    private static String messages(Throwable error) {
        List<String> all = new ArrayList<>();
        for (Throwable t = error; t != null; t = t.getCause()) {
            all.add(String.valueOf(t.getMessage()));
            all.add(t.toString());
        }
        return String.join("\n", all);
    }

    /** Renders {@code TEMPLATE}, expecting a failure at {@code line}; the secret stays unread. */
    private void refused(String template, int line) throws IOException {
        override(TEMPLATE, "first line\n" + template + "\n");
        Throwable error = catchThrowable(() -> new TemplateEngine(overrides).render(TEMPLATE, model()));

        assertThat(error)
                .isInstanceOf(TemplateProblem.class)
                .hasMessageStartingWith("Template " + TEMPLATE + " (override in " + overrides + ") line " + line);
        assertThat(messages(error)).doesNotContain(SECRET);
    }

    static Stream<Arguments> escapes() {
        String secret = "../../../outside/secret.txt";
        return Stream.of(
                Arguments.of("?new on Execute", "${\"freemarker.template.utility.Execute\"?new()(\"id\")}"),
                Arguments.of(
                        "?new on ObjectConstructor",
                        "${\"freemarker.template.utility.ObjectConstructor\"?new()(\"java.io.File\", \"/etc/passwd\")}"),
                Arguments.of(
                        "?new on JythonRuntime", "<#assign j = \"freemarker.template.utility.JythonRuntime\"?new()>"),
                Arguments.of("?api on a map", "${section?api.getClass().getName()}"),
                Arguments.of("?api on a string", "${section.title?api.getBytes()}"),
                Arguments.of("a method on the model", "${section.getClass()}"),
                Arguments.of("a class property", "${section.class.name}"),
                Arguments.of("class by subscript", "${section[\"class\"]}"),
                Arguments.of("a method on a string", "${section.title.getClass()}"),
                Arguments.of("?exec", "${\"id\"?exec}"),
                Arguments.of("re-enabling ?new", "<#setting new_builtin_class_resolver=\"unrestricted\">"),
                Arguments.of("re-enabling ?api", "<#setting api_builtin_enabled=true>"),
                Arguments.of("another object wrapper", "<#setting object_wrapper=\"DefaultObjectWrapper(2.3.34)\">"),
                Arguments.of("?eval of ?new", "${\"\\\"freemarker.template.utility.Execute\\\"?new()\"?eval(\"id\")}"),
                Arguments.of("?interpret of an include", "<@\"<#include '" + secret + "'>\"?interpret />"),
                Arguments.of(
                        "?interpret of ?new",
                        "<@\"${'freemarker.template.utility.Execute'?new()('id')}\"?interpret />"),
                Arguments.of("include with ../", "<#include \"" + secret + "\">"),
                Arguments.of("include with ../ unparsed", "<#include \"" + secret + "\" parse=false>"),
                Arguments.of("import with ../", "<#import \"../../../outside/secret.ftl\" as s>"),
                Arguments.of("include of a file: URL", "<#include \"file:///etc/passwd\">"),
                Arguments.of("include of an absolute path", "<#include \"/etc/passwd\">"),
                Arguments.of("include of an encoded ../", "<#include \"..%2F..%2F..%2Foutside%2Fsecret.txt\">"),
                Arguments.of("include of a backslash path", "<#include \"..\\\\..\\\\..\\\\outside\\\\secret.txt\">"),
                Arguments.of(
                        "optional template outside",
                        "<#assign t = .get_optional_template(\"" + secret + "\")>${t.exists?c}${t.include}"),
                Arguments.of(
                        "include of a class-path resource above the templates",
                        "<#include \"../../../../../META-INF/MANIFEST.MF\">"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("escapes")
    void anEscapeFailsNamingTheTemplateAndLine(String what, String template) throws IOException {
        refused(template, 2);
    }

    @Test
    void anIncludedSymbolicLinkLeadingOutsideIsNotFollowed() throws Exception {
        Files.createDirectories(overrides.resolve("layout/text"));
        Files.createSymbolicLink(overrides.resolve("layout/text/link.ftl"), secret);

        refused("<#include \"link.ftl\">", 2);
        assertThat(catchThrowable(() -> new TemplateEngine(overrides).render(TEMPLATE, model())))
                .hasMessageContaining("link.ftl in " + overrides + " is a symbolic link");
    }

    @Test
    void anOverrideThatIsASymbolicLinkLeadingOutsideIsRefused() throws Exception {
        Files.createDirectories(overrides.resolve("layout/text"));
        Files.createSymbolicLink(overrides.resolve(TEMPLATE), secret);

        Throwable error = catchThrowable(() -> new TemplateEngine(overrides).render(TEMPLATE, model()));

        assertThat(error)
                .isInstanceOf(TemplateProblem.class)
                .hasMessageStartingWith("Template " + TEMPLATE + " cannot be read: " + TEMPLATE + " in " + overrides
                        + " is a symbolic link (or lies below one) that leads outside templateDirectory");
        assertThat(messages(error)).doesNotContain(SECRET);
    }

    @Test
    void aSymbolicLinkToADirectoryOutsideIsRefused() throws Exception {
        Files.createDirectories(overrides.resolve("layout"));
        Files.createSymbolicLink(overrides.resolve("layout/text"), secret.getParent());
        Files.writeString(secret.getParent().resolve("ipsec-profile.txt.ftl"), SECRET + "\n");

        Throwable error = catchThrowable(() -> new TemplateEngine(overrides).render(TEMPLATE, model()));

        assertThat(error).isInstanceOf(TemplateProblem.class).hasMessageContaining("leads outside templateDirectory");
        assertThat(messages(error)).doesNotContain(SECRET);
    }

    @Test
    void theModelOffersKeysAndValuesOnly() throws Exception {
        override(TEMPLATE, "<#list section?keys as k>${k} </#list>\n");

        assertThat(new TemplateEngine(overrides).render(TEMPLATE, model()))
                .isEqualTo("kind anchor title blocks subsections\n");
    }

    @Test
    void anInfiniteIncludeLoopFailsInsteadOfHanging() throws Exception {
        override(TEMPLATE, "<#include \"ipsec-profile.txt.ftl\">\n");

        Throwable error = catchThrowable(() -> new TemplateEngine(overrides).render(TEMPLATE, model()));

        assertThat(error)
                .isInstanceOf(TemplateProblem.class)
                .hasMessageStartingWith("Template " + TEMPLATE + " (override in " + overrides
                        + "): includes or macro calls nest without end");
    }
}
