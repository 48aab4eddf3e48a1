package org.dialoguedesk.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The user-visible texts of one language, from the {@code i18n/messages} bundles. Used by the
 * window and by the command line alike, so an import problem reads the same in both.
 */
public final class Messages {

    public static final String BUNDLE = "i18n.messages";

    private final ResourceBundle bundle;
    private final Lang lang;

    public Messages(Lang lang) {
        this.lang = lang;
        this.bundle = ResourceBundle.getBundle(BUNDLE, lang.locale(), Messages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Messages english() {
        return new Messages(Lang.EN);
    }

    public Lang lang() {
        return lang;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, lang.locale()).format(args);
    }

    /**
     * The problem in this language. An argument that is an enum constant (a language, a status) is named
     * in this language too, so a rule can say "Arabic is not a working language" to an English officer and
     * name "Arabe" to a French one without knowing who will read it. A constant the bundles do not name
     * is given as it is. A {@link Localized} argument (a country's name) is given in this language.
     */
    public String format(Problem problem) {
        return get(problem.messageKey(), problem.args().stream()
                .map(a -> a instanceof Enum<?> e && bundle.containsKey(enumKey(e)) ? name(e)
                        : a instanceof Localized l ? l.in(lang) : a).toArray());
    }

    /** A name for an enum constant, from the key {@code enum.<SimpleName>.<CONSTANT>}. */
    public String name(Enum<?> value) {
        return get(enumKey(value));
    }

    private static String enumKey(Enum<?> value) {
        return "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name();
    }

    public Locale locale() {
        return lang.locale();
    }

    public static Locale localeOf(Lang lang) {
        return lang.locale();
    }
}
