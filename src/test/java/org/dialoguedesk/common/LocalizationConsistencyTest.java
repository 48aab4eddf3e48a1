package org.dialoguedesk.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dialoguedesk.store.schema.DefaultSchema;
import org.jooq.Field;
import org.jooq.Table;
import org.junit.jupiter.api.Test;

/**
 * Every key is in all of en, fr and ar, no translation is blank, and every key is used: either
 * written as a string literal in the sources, an {@code enum.Type.CONSTANT} key of a real enum, or a
 * {@code field.<name>} key naming a field a record can hold (the conflict cards look these up by name).
 */
class LocalizationConsistencyTest {

    private static final Pattern LITERAL = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_]+)+)\"");
    private static final Pattern ENUM_KEY = Pattern.compile("enum\\.([A-Za-z]+)\\.([A-Z0-9_]+)");
    private static final String FIELD_KEY = "field.";
    /**
     * The answer values are packed into a column of {@code questionnaire_answer} but listed in a record as
     * rows of their own, under the name of the table they once had and with these fields: no table or
     * column of the schema says so, so they are named here.
     */
    private static final Set<String> PACKED_FIELDS = Set.of("questionnaire_answer_value", "position", "answer_key", "value");

    @Test
    void everyLanguageHasExactlyTheEnglishKeys() throws IOException {
        Set<String> en = load("").stringPropertyNames();
        for (String lang : new String[] {"_fr", "_ar"}) {
            Set<String> other = load(lang).stringPropertyNames();
            Set<String> missing = new TreeSet<>(en);
            missing.removeAll(other);
            Set<String> extra = new TreeSet<>(other);
            extra.removeAll(en);
            assertEquals(Set.of(), missing, "keys missing from messages" + lang);
            assertEquals(Set.of(), extra, "keys in messages" + lang + " but not in English");
        }
    }

    /** A key written twice keeps only its last text: two screens would silently share one message. */
    @Test
    void noKeyIsWrittenTwice() throws IOException {
        for (String lang : new String[] {"", "_fr", "_ar"}) {
            List<String> keys = new java.util.ArrayList<>();
            try (InputStream in = LocalizationConsistencyTest.class.getResourceAsStream(
                    "/i18n/messages" + lang + ".properties")) {
                new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                        .filter(l -> !l.isEmpty() && !l.startsWith("#") && l.contains("="))
                        .forEach(l -> keys.add(l.substring(0, l.indexOf('=')).strip()));
            }
            Set<String> seen = new java.util.HashSet<>();
            Set<String> twice = new TreeSet<>();
            keys.forEach(k -> {
                if (!seen.add(k)) {
                    twice.add(k);
                }
            });
            assertEquals(Set.of(), twice, "keys written twice in messages" + lang);
        }
    }

    @Test
    void noTranslationIsBlank() throws IOException {
        for (String lang : new String[] {"", "_fr", "_ar"}) {
            Properties p = load(lang);
            Set<String> blank = p.stringPropertyNames().stream().filter(k -> p.getProperty(k).isBlank())
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(Set.of(), blank, "blank values in messages" + lang);
        }
    }

    /**
     * {@link Messages#get} runs a text through MessageFormat only when it has arguments: a text with
     * placeholders must double its apostrophes (a lone one hides the rest), a text without must not
     * (it would be shown doubled: "D''un formulaire").
     */
    @Test
    void apostrophesSuitHowEachTextIsFormatted() throws IOException {
        Pattern placeholder = Pattern.compile("\\{\\d");
        Pattern lone = Pattern.compile("(?<!')'(?!')");
        for (String lang : new String[] {"", "_fr", "_ar"}) {
            Properties p = load(lang);
            Set<String> wrong = p.stringPropertyNames().stream().filter(k -> {
                String text = p.getProperty(k);
                return placeholder.matcher(text).find() ? lone.matcher(text).find() : text.contains("''");
            }).collect(Collectors.toCollection(TreeSet::new));
            assertEquals(Set.of(), wrong, "apostrophes that will show wrongly in messages" + lang);
        }
    }

    @Test
    void arabicBundleIsWrittenInArabic() throws IOException {
        Properties ar = load("_ar");
        long arabic = ar.stringPropertyNames().stream()
                .filter(k -> ar.getProperty(k).codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                        == Character.UnicodeScript.ARABIC)).count();
        assertTrue(arabic > ar.size() * 0.9, "most Arabic texts should be in Arabic script: " + arabic + "/" + ar.size());
    }

    @Test
    void everyKeyIsUsed() throws IOException {
        Set<String> literals = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = LITERAL.matcher(Files.readString(f));
                while (m.find()) {
                    literals.add(m.group(1));
                }
            }
        }
        Set<String> fields = fieldNames();
        Set<String> unused = new TreeSet<>();
        for (String key : load("").stringPropertyNames()) {
            Matcher e = ENUM_KEY.matcher(key);
            boolean used = e.matches() ? enumConstantExists(e.group(1), e.group(2))
                    : key.startsWith(FIELD_KEY) ? fields.contains(key.substring(FIELD_KEY.length()))
                    : literals.contains(key);
            if (!used) {
                unused.add(key);
            }
        }
        assertEquals(Set.of(), unused, "keys no code uses");
    }

    /**
     * The names of the fields a record can hold: the columns of the store's tables as jOOQ generated them
     * (a column in three languages by its base name, {@code title} for {@code title_en}), the tables'
     * names (a record lists a child table's rows under it) and the packed fields.
     */
    private static Set<String> fieldNames() {
        Set<String> names = new TreeSet<>(PACKED_FIELDS);
        for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            names.add(table.getName());
            for (Field<?> field : table.fields()) {
                names.add(field.getName().replaceFirst("_(en|fr|ar)$", ""));
            }
        }
        return names;
    }

    /** Looks the enum up among the compiled classes of any package of the application. */
    private static boolean enumConstantExists(String simpleName, String constant) throws IOException {
        Path classes = Path.of("target/classes");
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(p -> p.getFileName().toString().equals(simpleName + ".class")).toList()) {
                String name = classes.relativize(f).toString().replace('/', '.').replace(".class", "");
                try {
                    Object[] constants = Class.forName(name).getEnumConstants();
                    if (constants != null && Stream.of(constants).anyMatch(c -> ((Enum<?>) c).name().equals(constant))) {
                        return true;
                    }
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return false;
    }

    private static Properties load(String suffix) throws IOException {
        Properties p = new Properties();
        try (InputStream in = LocalizationConsistencyTest.class.getResourceAsStream("/i18n/messages" + suffix + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
