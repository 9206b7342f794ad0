package org.ipsecprofile.render;

import freemarker.core.Environment;
import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import java.io.IOException;
import java.util.Map;

/**
 * The {@code <@fill indent=3 first=3>…</@fill>} directive of the text templates: renders its
 * body, then fills it into lines of at most 72 columns with the given indents, ending with a
 * newline. Whitespace in the body, line breaks included, separates words.
 */
final class FillDirective implements TemplateDirectiveModel {

    @Override
    @SuppressWarnings("rawtypes")
    public void execute(Environment env, Map params, TemplateModel[] loopVars, TemplateDirectiveBody body)
            throws TemplateException, IOException {
        int indent = intParameter(params, "indent", 3);
        int first = intParameter(params, "first", indent);
        TextBuffer text = new TextBuffer();
        if (body != null) {
            body.render(text);
        }
        for (String line : TextFill.fill(text.toString(), first, indent, TextFill.WIDTH)) {
            env.getOut().write(line);
            env.getOut().write('\n');
        }
    }

    @SuppressWarnings("rawtypes")
    private static int intParameter(Map params, String name, int fallback) throws TemplateModelException {
        Object value = params.get(name);
        if (value == null) {
            return fallback;
        }
        if (!(value instanceof TemplateNumberModel number)) {
            throw new TemplateModelException("<@fill " + name + "=…> takes a number");
        }
        int result = number.getAsNumber().intValue();
        if (result < 0 || result > 40) {
            throw new TemplateModelException("<@fill " + name + "=…> must be between 0 and 40");
        }
        return result;
    }
}
