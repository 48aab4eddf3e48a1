package org.dialoguedesk.questionnaire.ui;

import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.common.table.TableFileFormat;
import org.dialoguedesk.questionnaire.AnswerTables;
import org.dialoguedesk.ui.FormModel;
import org.dialoguedesk.ui.I18n;

/** Chooses how to export a round's answers: wide or long, CSV or XLSX, labels in which language. */
public final class AnswerExportFormModel implements FormModel {

    /** The officer's choice, and the file name a save dialog proposes. */
    public record Choice(AnswerTables.Layout layout, TableFileFormat format, Lang lang, String roundSlug) {

        public String suggestedName() {
            return roundSlug + "-answers-" + layout.name().toLowerCase(Locale.ROOT) + "-" + lang.code() + "."
                    + format.extension();
        }
    }

    private final I18n i18n;
    private final String roundTitle;
    private final Consumer<Choice> onChosen;
    private final ObjectProperty<AnswerTables.Layout> layout = new SimpleObjectProperty<>(this, "layout",
            AnswerTables.Layout.WIDE);
    private final ObjectProperty<TableFileFormat> format = new SimpleObjectProperty<>(this, "format",
            TableFileFormat.XLSX);
    private final ObjectProperty<Lang> lang;
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper(this, "done", false);

    public AnswerExportFormModel(I18n i18n, String roundTitle, Consumer<Choice> onChosen) {
        this.i18n = i18n;
        this.roundTitle = roundTitle;
        this.onChosen = onChosen;
        this.lang = new SimpleObjectProperty<>(this, "lang", i18n.lang());
    }

    @Override
    public String title() {
        return i18n.get("questionnaire.ui.export.title", roundTitle);
    }

    @Override
    public String submitLabel() {
        return i18n.get("questionnaire.ui.export.submit");
    }

    @Override
    public void submit() {
        String slug = roundTitle.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-")
                .replaceAll("(^-+|-+$)", "");
        done.set(true);
        onChosen.accept(new Choice(layout.get(), format.get(), lang.get(), slug.isEmpty() ? "round" : slug));
    }

    @Override
    public ReadOnlyBooleanProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    public String label(AnswerTables.Layout l) {
        return switch (l) {
            case WIDE -> i18n.get("questionnaire.ui.export.layout.wide");
            case LONG -> i18n.get("questionnaire.ui.export.layout.long");
        };
    }

    public String label(TableFileFormat f) {
        return f.name() + " (." + f.extension() + ")";
    }

    public ObjectProperty<AnswerTables.Layout> layoutProperty() {
        return layout;
    }

    public ObjectProperty<TableFileFormat> formatProperty() {
        return format;
    }

    public ObjectProperty<Lang> langProperty() {
        return lang;
    }
}
