package org.dialoguedesk.ui;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.common.Problem;
import org.dialoguedesk.common.Settings;

/**
 * The officer's name (recorded on every change they make) and the interface language, kept in the
 * desk's settings. Asked once on first start, changeable from the navigation.
 */
public final class SettingsFormModel implements FormModel {

    /** What was saved. */
    public record Saved(String officerName, Lang language) {
    }

    private final Settings settings;
    private final JobRunner jobs;
    private final I18n i18n;
    private final boolean firstStart;
    private final Consumer<Saved> onSaved;
    private final StringProperty officerName = new SimpleStringProperty(this, "officerName", "");
    private final ObjectProperty<Lang> language = new SimpleObjectProperty<>(this, "language");
    private final FormErrors errors;
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper(this, "done", false);

    public SettingsFormModel(Settings settings, JobRunner jobs, I18n i18n, String currentName, Lang currentLang,
                             boolean firstStart, Consumer<Saved> onSaved) {
        this.settings = settings;
        this.jobs = jobs;
        this.i18n = i18n;
        this.firstStart = firstStart;
        this.onSaved = onSaved;
        this.errors = new FormErrors(i18n, "officer");
        officerName.set(currentName == null ? "" : currentName);
        language.set(currentLang);
    }

    @Override
    public String title() {
        return i18n.get(firstStart ? "ui.settings.welcome.title" : "ui.settings.title");
    }

    @Override
    public String submitLabel() {
        return i18n.get("ui.dialog.save");
    }

    public boolean isFirstStart() {
        return firstStart;
    }

    @Override
    public void submit() {
        String name = officerName.get() == null ? "" : officerName.get().strip();
        if (name.isEmpty()) {
            errors.show(List.of(Problem.of("officer", "ui.settings.error.officerRequired")));
            return;
        }
        Lang lang = language.get() == null ? Lang.EN : language.get();
        errors.clear();
        jobs.run(i18n.get("ui.job.saveSettings"), () -> {
            settings.put(Settings.OFFICER_NAME, name);
            settings.put(Settings.UI_LANGUAGE, lang.code());
            return new Saved(name, lang);
        }, saved -> {
            done.set(true);
            onSaved.accept(saved);
        }, e -> errors.showGeneral(i18n.describe(e)));
    }

    @Override
    public ReadOnlyBooleanProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    public StringProperty officerNameProperty() {
        return officerName;
    }

    public ObjectProperty<Lang> languageProperty() {
        return language;
    }

    public FormErrors errors() {
        return errors;
    }
}
