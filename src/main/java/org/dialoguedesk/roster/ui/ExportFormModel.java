package org.dialoguedesk.roster.ui;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.dialoguedesk.roster.ContactExport;
import org.dialoguedesk.roster.Dialogue;
import org.dialoguedesk.ui.FormModel;
import org.dialoguedesk.ui.I18n;

/**
 * What to export: the file format and, optionally, one dialogue. The form only chooses; once it is
 * done the contacts screen asks where to save and writes the file on the job runner.
 */
public final class ExportFormModel implements FormModel {

    /** The form's choice. {@code dialogue} is null for every contact. */
    public record Choice(ContactExport.Format format, Dialogue dialogue) {

        /** The file name a save dialog proposes: {@code contacts.csv}, {@code contacts-MTM.xlsx}. */
        public String suggestedName() {
            return (dialogue == null ? "contacts" : "contacts-" + dialogue.key()) + "." + extension(format);
        }
    }

    private final I18n i18n;
    private final Consumer<Choice> onChosen;
    private final ObservableList<ContactExport.Format> formats =
            FXCollections.observableArrayList(ContactExport.Format.values());
    private final ObservableList<Dialogue> dialogues = FXCollections.observableArrayList();
    private final ObjectProperty<ContactExport.Format> format =
            new SimpleObjectProperty<>(this, "format", ContactExport.Format.CSV);
    private final ObjectProperty<Dialogue> dialogue = new SimpleObjectProperty<>(this, "dialogue");
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper(this, "done", false);

    /** @param dialogues in the order to list them; the list starts with "all contacts" (null) */
    public ExportFormModel(I18n i18n, List<Dialogue> dialogues, Consumer<Choice> onChosen) {
        this.i18n = i18n;
        this.onChosen = onChosen;
        this.dialogues.add(null);
        this.dialogues.addAll(dialogues);
    }

    public static String extension(ContactExport.Format format) {
        return format.name().toLowerCase(Locale.ROOT);
    }

    /** How a format is listed: "CSV (.csv) — can be imported again". */
    public String label(ContactExport.Format f) {
        return switch (f) {
            case CSV -> i18n.get("roster.ui.export.format.csv");
            case XLSX -> i18n.get("roster.ui.export.format.xlsx");
            case VCF -> i18n.get("roster.ui.export.format.vcf");
        };
    }

    public String label(Dialogue d) {
        return d == null ? i18n.get("roster.ui.export.allContacts")
                : i18n.text(d.acronym()) + " \u2014 " + i18n.text(d.name());
    }

    @Override
    public String title() {
        return i18n.get("roster.ui.export.title");
    }

    @Override
    public String submitLabel() {
        return i18n.get("roster.ui.export.submit");
    }

    @Override
    public void submit() {
        Choice choice = new Choice(format.get() == null ? ContactExport.Format.CSV : format.get(), dialogue.get());
        done.set(true);
        onChosen.accept(choice);
    }

    @Override
    public ReadOnlyBooleanProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    public ObservableList<ContactExport.Format> formats() {
        return formats;
    }

    public ObservableList<Dialogue> dialogues() {
        return dialogues;
    }

    public ObjectProperty<ContactExport.Format> formatProperty() {
        return format;
    }

    public ObjectProperty<Dialogue> dialogueProperty() {
        return dialogue;
    }
}
