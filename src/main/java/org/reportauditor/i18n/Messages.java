package org.reportauditor.i18n;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.reportauditor.model.Name;
import org.reportauditor.model.Text;

/**
 * The strings of one language, from the resource bundles of {@code org/reportauditor/i18n}:
 * {@code messages} (findings, problems, the command line) and {@code ui} (the desktop app), each in
 * Chinese (the base bundle, the default) and English ({@code _en}).
 */
public final class Messages {
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final List<String> BUNDLES = List.of("org.reportauditor.i18n.messages",
            "org.reportauditor.i18n.ui");

    private final Locale locale;
    private final List<ResourceBundle> bundles;

    private Messages(Locale locale) {
        this.locale = locale;
        // no fallback to the JVM's default locale: Chinese is the base bundle, whatever the machine says
        this.bundles = BUNDLES.stream().map(name -> ResourceBundle.getBundle(name, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))).toList();
    }

    public static Messages of(Locale locale) {
        return new Messages(locale);
    }

    public static Messages chinese() {
        return of(CHINESE);
    }

    public static Messages english() {
        return of(Locale.ENGLISH);
    }

    /** {@code zh} or {@code en}, as the command line's {@code --lang} gives it. */
    public static Messages forLanguage(String language) {
        return "en".equalsIgnoreCase(language) ? english() : chinese();
    }

    public Locale locale() {
        return locale;
    }

    public boolean isEnglish() {
        return locale.getLanguage().equals("en");
    }

    public String get(String key, Object... args) {
        String pattern = pattern(key);
        if (pattern == null) {
            return key;
        }
        if (args.length == 0) {
            return pattern;
        }
        Object[] rendered = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            rendered[i] = render(args[i]);
        }
        return new MessageFormat(pattern.replace("'", "''"), locale).format(rendered);
    }

    /** Whether a string of that key exists. */
    public boolean has(String key) {
        return pattern(key) != null;
    }

    private String pattern(String key) {
        for (ResourceBundle b : bundles) {
            if (b.containsKey(key)) {
                return b.getString(key);
            }
        }
        return null;
    }

    public String format(Text text) {
        return get(text.key(), text.args().toArray());
    }

    /** Numbers are printed as the report prints them (no grouping, no trailing zeros). */
    private Object render(Object arg) {
        if (arg instanceof Text t) {
            return format(t);
        }
        if (arg instanceof Name n) {
            return isEnglish() ? n.english() : n.chinese();
        }
        if (arg instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        if (arg instanceof Number n) {
            return String.valueOf(n);
        }
        if (arg instanceof List<?> list) {
            // a list of messages is a list of clauses; a list of names or numbers an enumeration
            boolean clauses = !list.isEmpty() && list.stream().allMatch(Text.class::isInstance);
            String separator = clauses ? (isEnglish() ? "; " : "；") : (isEnglish() ? ", " : "、");
            StringBuilder joined = new StringBuilder();
            for (Object o : list) {
                if (joined.length() > 0) {
                    joined.append(separator);
                }
                joined.append(render(o));
            }
            return joined.toString();
        }
        return String.valueOf(arg);
    }
}
