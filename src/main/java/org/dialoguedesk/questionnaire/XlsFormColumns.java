package org.dialoguedesk.questionnaire;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.common.Localized;
import org.dialoguedesk.common.table.Table;

/**
 * The header of an XLSForm sheet: which column is {@code type}, {@code name}, and which hold a
 * translatable text ({@code label::French (fr)}) in which of our three languages. A text column
 * without a language ({@code label}) is English. Remembers which columns were read, so that every
 * other column with a value can be reported as not kept.
 */
final class XlsFormColumns {

    private static final Pattern CODE_IN_PARENS = Pattern.compile(".*\\(([A-Za-z-]+)\\)\\s*");
    private static final Map<String, Lang> LANGUAGE_NAMES = Map.of(
            "english", Lang.EN, "anglais", Lang.EN, "french", Lang.FR, "français", Lang.FR, "francais", Lang.FR,
            "arabic", Lang.AR, "arabe", Lang.AR, "العربية", Lang.AR);

    private final List<String> header;
    private final Map<String, Integer> plain = new HashMap<>();
    private final Map<String, Map<Lang, Integer>> texts = new HashMap<>();
    private final Set<Integer> read = new HashSet<>();

    XlsFormColumns(List<String> header) {
        this.header = header;
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i).strip();
            int sep = h.indexOf("::");
            if (sep < 0) {
                plain.putIfAbsent(h.toLowerCase(Locale.ROOT).replace(' ', '_'), i);
            } else {
                String base = h.substring(0, sep).strip().toLowerCase(Locale.ROOT);
                int column = i;
                language(h.substring(sep + 2)).ifPresent(lang ->
                        texts.computeIfAbsent(base, k -> new EnumMap<>(Lang.class)).putIfAbsent(lang, column));
            }
        }
    }

    static Optional<Lang> language(String spec) {
        String s = spec.strip();
        Matcher m = CODE_IN_PARENS.matcher(s);
        if (m.matches()) {
            return Lang.fromCode(m.group(1));
        }
        Optional<Lang> byCode = Lang.fromCode(s);
        return byCode.isPresent() ? byCode : Optional.ofNullable(LANGUAGE_NAMES.get(s.toLowerCase(Locale.ROOT)));
    }

    /** The column of this name (case-insensitive, spaces as _), or -1; marks it as read. */
    int index(String name) {
        Integer i = plain.get(name);
        if (i == null) {
            return -1;
        }
        read.add(i);
        return i;
    }

    String cell(List<String> row, String name) {
        return Table.cell(row, index(name)).strip();
    }

    /** A translatable text: {@code base::<lang>} columns, and the plain {@code base} column as English. */
    Localized text(List<String> row, String base) {
        Map<Lang, Integer> columns = texts.getOrDefault(base, Map.of());
        columns.values().forEach(read::add);
        String en = columns.containsKey(Lang.EN) ? Table.cell(row, columns.get(Lang.EN)) : "";
        int plainColumn = index(base);
        if (en.isBlank() && plainColumn >= 0) {
            en = Table.cell(row, plainColumn);
        }
        return new Localized(en, columns.containsKey(Lang.FR) ? Table.cell(row, columns.get(Lang.FR)) : "",
                columns.containsKey(Lang.AR) ? Table.cell(row, columns.get(Lang.AR)) : "");
    }

    /** Column of the English text (for cell references), or -1. */
    int textColumn(String base) {
        Map<Lang, Integer> columns = texts.getOrDefault(base, Map.of());
        return columns.containsKey(Lang.EN) ? columns.get(Lang.EN) : index(base);
    }

    /** Columns never read, to report their non-blank cells as not kept. */
    List<Integer> unread() {
        return java.util.stream.IntStream.range(0, header.size()).filter(i -> !read.contains(i))
                .filter(i -> !header.get(i).isBlank()).boxed().toList();
    }

    String name(int column) {
        return column >= 0 && column < header.size() ? header.get(column) : "";
    }
}
