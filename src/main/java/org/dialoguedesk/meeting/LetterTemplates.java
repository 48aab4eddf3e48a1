package org.dialoguedesk.meeting;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.common.Problem;
import org.dialoguedesk.common.ValidationException;

/**
 * The bodies of the letters the secretariat sends, as Markdown with placeholders such as {@code {name}}.
 * Each language has its template shipped with the application ({@code /meeting/invitation_fr.md});
 * a file of the same name in the officer's templates folder replaces it, so the wording can be edited
 * without a new release. A placeholder the letter cannot fill is refused, naming it and the file,
 * rather than printed as typed in a letter to a minister.
 */
public final class LetterTemplates {

    /** The kinds of letter and the placeholders each may use. */
    public enum Kind {
        INVITATION("invitation", Set.of("name", "meeting", "dates", "city", "venue", "delegation", "coChairs")),
        VISA("visa", Set.of("name", "meeting", "dates", "city", "venue", "delegation", "coChairs", "passport",
                "nationality", "birthDate", "passportExpiry", "embassy"));

        private final String code;
        private final Set<String> placeholders;

        Kind(String code, Set<String> placeholders) {
            this.code = code;
            this.placeholders = placeholders;
        }

        public String code() {
            return code;
        }

        public Set<String> placeholders() {
            return placeholders;
        }
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}\\s]*)}");

    private final Path folder;

    /** @param folder the officer's templates folder, or null to use only the shipped templates */
    public LetterTemplates(Path folder) {
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }

    public static String fileName(Kind kind, Lang lang) {
        return kind.code() + "_" + lang.code() + ".md";
    }

    /**
     * The template of that kind and language, from the officer's folder when it has one; refused when
     * it names a placeholder the kind does not have.
     */
    public String template(Kind kind, Lang lang) {
        String name = fileName(kind, lang);
        Path edited = folder == null ? null : folder.resolve(name);
        String text;
        String where;
        try {
            if (edited != null && Files.isRegularFile(edited)) {
                text = Files.readString(edited, StandardCharsets.UTF_8);
                where = edited.toString();
            } else {
                try (InputStream in = LetterTemplates.class.getResourceAsStream("/meeting/" + name)) {
                    if (in == null) {
                        throw new IllegalStateException("The application is missing its letter template " + name);
                    }
                    text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                where = name;
            }
        } catch (IOException e) {
            throw new ValidationException(List.of(Problem.of("template", "meeting.docs.problem.templateUnreadable",
                    edited, String.valueOf(e.getMessage()))));
        }
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            if (!kind.placeholders().contains(m.group(1))) {
                throw new ValidationException(List.of(Problem.of("template", "meeting.docs.problem.placeholder",
                        m.group(), where, String.join(", ", kind.placeholders().stream().sorted()
                                .map(p -> "{" + p + "}").toList()))));
            }
        }
        return text;
    }

    /** The template with each placeholder replaced by its value; values are inserted as they are. */
    public static String fill(String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(m.group(1), m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }
}
