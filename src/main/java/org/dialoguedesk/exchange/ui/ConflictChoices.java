package org.dialoguedesk.exchange.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dialoguedesk.bundle.Conflict;
import org.dialoguedesk.bundle.ConflictChoice;
import org.dialoguedesk.bundle.FieldDifference;
import org.dialoguedesk.bundle.RecordLabels;
import org.dialoguedesk.ui.I18n;

/**
 * One conflict as the officer decides it: the record's name, and a choice per differing field, or one
 * choice for the whole record when one desk deleted it and the other changed it. It resolves only once
 * every choice is made.
 */
public final class ConflictChoices {

    /** A value longer than this, or of more lines than {@link #SHORT_LINES}, is shortened in the list. */
    static final int SHORT_CHARS = 160;
    static final int SHORT_LINES = 3;
    private static final int SHORT_LINE_CHARS = 90;

    private final Conflict conflict;
    private final String heading;
    private final List<FieldChoice> fields = new ArrayList<>();

    public ConflictChoices(Conflict conflict, I18n i18n) {
        this.conflict = conflict;
        this.heading = i18n.get("exchange.ui.conflict.heading", i18n.name(conflict.key().kind()),
                RecordLabels.of(conflict).orElse(conflict.key().id().toString()));
        for (FieldDifference d : conflict.differences()) {
            if (conflict.isDeletion()) {
                String mine = i18n.get(Boolean.TRUE.equals(d.localValue()) ? "exchange.ui.conflict.deletedHere"
                        : "exchange.ui.conflict.changedHere");
                String theirs = i18n.get(Boolean.TRUE.equals(d.incomingValue()) ? "exchange.ui.conflict.deletedThere"
                        : "exchange.ui.conflict.changedThere");
                fields.add(new FieldChoice(d.field(), i18n.get("exchange.ui.conflict.wholeRecord"),
                        new FieldChoice.Value(mine, mine, ""), new FieldChoice.Value(theirs, theirs, "")));
            } else {
                fields.add(new FieldChoice(d.field(), FieldLabels.of(conflict.key().kind(), d.field(), i18n),
                        value(d.localValue(), i18n), value(d.incomingValue(), i18n)));
            }
        }
    }

    /** The value whole, and shortened to its first lines, each cut short, when it is long. */
    static FieldChoice.Value value(Object value, I18n i18n) {
        String whole = RecordLabels.full(value);
        if (whole.isBlank()) {
            String empty = i18n.get("exchange.ui.conflict.empty");
            return new FieldChoice.Value(empty, empty, "");
        }
        List<String> lines = whole.lines().toList();
        if (lines.size() <= SHORT_LINES && whole.length() <= SHORT_CHARS) {
            return new FieldChoice.Value(whole, whole, "");
        }
        int width = lines.size() == 1 ? SHORT_CHARS : SHORT_LINE_CHARS;
        String shown = String.join("\n", lines.stream().limit(SHORT_LINES).map(l -> RecordLabels.oneLine(l, width))
                .toList());
        String leftOut = lines.size() > SHORT_LINES
                ? i18n.get("exchange.ui.conflict.moreLines", lines.size() - SHORT_LINES) : "";
        return new FieldChoice.Value(whole, shown, leftOut);
    }

    public Conflict conflict() {
        return conflict;
    }

    /** The kind and name of the record: "Contacts — Karim Lahlou". */
    public String heading() {
        return heading;
    }

    /** True when one desk deleted the record: then there is one choice, for the whole record. */
    public boolean isDeletion() {
        return conflict.isDeletion();
    }

    public List<FieldChoice> fields() {
        return fields;
    }

    public boolean decided() {
        return fields.stream().allMatch(f -> f.choiceProperty().get() != null);
    }

    public void chooseAll(ConflictChoice choice) {
        fields.forEach(f -> f.choiceProperty().set(choice));
    }

    /** The side chosen for each field that has one, as resolving the conflict takes them. */
    public Map<String, ConflictChoice> choices() {
        Map<String, ConflictChoice> choices = new HashMap<>();
        fields.stream().filter(f -> f.choiceProperty().get() != null)
                .forEach(f -> choices.put(f.field(), f.choiceProperty().get()));
        return choices;
    }
}
