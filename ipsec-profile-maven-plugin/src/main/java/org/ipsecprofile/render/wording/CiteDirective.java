package org.ipsecprofile.render.wording;

import freemarker.core.Environment;
import freemarker.template.TemplateBooleanModel;
import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import java.io.IOException;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The citation directives of the wording templates. {@code <@cite anchor="RFC3948"
 * normative=true/>} cites a reference ({@code section="4"} for one of its sections; informative
 * unless {@code normative} is true); {@code <@guidance section="3.1"/>} cites a section of RFC
 * 5406, whose guidance the text applies. A citation of a reference the plugin has no data for is
 * a template error at the directive's line, so every citation reaches the reference lists.
 */
public final class CiteDirective implements TemplateDirectiveModel {

    private static final Set<String> CITE_PARAMETERS = Set.of("anchor", "section", "normative");
    private static final Set<String> GUIDANCE_PARAMETERS = Set.of("section");

    private final Predicate<String> knownReference;
    private final boolean guidance;

    private CiteDirective(Predicate<String> knownReference, boolean guidance) {
        this.knownReference = Objects.requireNonNull(knownReference, "knownReference");
        this.guidance = guidance;
    }

    /** {@code <@cite anchor=… section=… normative=…/>} over the references {@code knownReference} accepts. */
    public static CiteDirective cite(Predicate<String> knownReference) {
        return new CiteDirective(knownReference, false);
    }

    /** {@code <@guidance section=…/>}: an informative citation of a section of RFC 5406. */
    public static CiteDirective guidance(Predicate<String> knownReference) {
        return new CiteDirective(knownReference, true);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void execute(Environment env, Map params, TemplateModel[] loopVars, TemplateDirectiveBody body)
            throws TemplateException, IOException {
        String directive = guidance ? "<@guidance" : "<@cite";
        for (Object name : params.keySet()) {
            if (!(guidance ? GUIDANCE_PARAMETERS : CITE_PARAMETERS).contains(name)) {
                throw new TemplateModelException(directive + "> has no parameter " + name + "; it takes "
                        + String.join(", ", guidance ? GUIDANCE_PARAMETERS : CITE_PARAMETERS));
            }
        }
        if (body != null) {
            throw new TemplateModelException(directive + "> takes no body: write " + directive + " …/>");
        }
        String anchor = guidance ? "RFC5406" : text(params, "anchor", directive);
        String section = params.containsKey("section") ? text(params, "section", directive) : null;
        if (guidance && section == null) {
            throw new TemplateModelException("<@guidance> needs section=\"…\": the section of RFC 5406 applied");
        }
        boolean normative = !guidance && flag(params, "normative", directive);
        if (!knownReference.test(anchor)) {
            throw new TemplateModelException(directive + " anchor=\"" + anchor + "\">: the plugin has no"
                    + " bibliographic data for " + anchor + ", so it could not list it among the references;"
                    + " cite one of the RFCs it knows (the site's rendering page lists them), or name the"
                    + " document in plain text");
        }
        StringBuilder markup = new StringBuilder("<cite anchor=\"")
                .append(WordingFormat.escape(anchor))
                .append('"');
        if (section != null) {
            markup.append(" section=\"").append(WordingFormat.escape(section)).append('"');
        }
        markup.append(" normative=\"").append(normative).append("\"/>");
        env.getOut().write(markup.toString());
    }

    @SuppressWarnings("rawtypes")
    private static String text(Map params, String name, String directive) throws TemplateModelException {
        Object value = params.get(name);
        if (!(value instanceof TemplateScalarModel scalar)) {
            throw new TemplateModelException(directive + "> needs " + name + "=\"…\" as a string");
        }
        String text = scalar.getAsString();
        if (text == null || text.isBlank()) {
            throw new TemplateModelException(directive + "> needs a " + name + " that is not blank");
        }
        return text.strip();
    }

    @SuppressWarnings("rawtypes")
    private static boolean flag(Map params, String name, String directive) throws TemplateModelException {
        Object value = params.get(name);
        if (value == null) {
            return false;
        }
        if (!(value instanceof TemplateBooleanModel bool)) {
            throw new TemplateModelException(directive + " " + name + "=…> takes true or false");
        }
        return bool.getAsBoolean();
    }
}
