package org.ipsecprofile.report;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The compliance page's words: {@code compliance-report.properties} beside this class, read for
 * the site's locale as Maven's reports read theirs, English when the bundle has no language of
 * its own for it. Arguments are passed as text, so counts and versions print as they are, without
 * a locale's digit grouping.
 */
public final class ReportText {

    static final String BUNDLE = "org.ipsecprofile.report.compliance-report";

    private final ResourceBundle bundle;
    private final Locale locale;

    private ReportText(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /** The words for {@code locale} (null for English). */
    public static ReportText of(Locale locale) {
        Locale wanted = locale == null ? Locale.ROOT : locale;
        ResourceBundle bundle = ResourceBundle.getBundle(
                BUNDLE,
                wanted,
                ReportText.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new ReportText(bundle, wanted);
    }

    /** The text of {@code key} with its placeholders filled by {@code arguments}, each as text. */
    public String get(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        if (arguments.length == 0) {
            return new MessageFormat(pattern, locale).format(new Object[0]);
        }
        Object[] texts = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            texts[i] = String.valueOf(arguments[i]);
        }
        return new MessageFormat(pattern, locale).format(texts);
    }
}
