package org.dialoguedesk.profile.ui;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.profile.Profile;
import org.dialoguedesk.profile.ProfileService;
import org.dialoguedesk.profile.SectionText;
import org.dialoguedesk.profile.TranslationState;
import org.dialoguedesk.ui.FormCompletion;
import org.dialoguedesk.ui.FormErrors;
import org.dialoguedesk.ui.FormModel;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.JobRunner;

/**
 * Writes a section's text in one language, in Markdown with a live preview. Choosing another language
 * loads that language's text; saving a translation makes it a translation of the source text as it
 * is now, and saving a validated section's text sends it back to draft (the service says so).
 */
public final class SectionTextFormModel implements FormModel {

    private final ProfileService profiles;
    private final JobRunner jobs;
    private final I18n i18n;
    private final Profile profile;
    private final SectionRow row;
    private final Consumer<SectionText> onSaved;
    private final ObjectProperty<Lang> lang = new SimpleObjectProperty<>(this, "lang");
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyStringWrapper state = new ReadOnlyStringWrapper(this, "state", "");
    private final FormErrors errors;
    private final FormCompletion completion = new FormCompletion();

    public SectionTextFormModel(ProfileService profiles, JobRunner jobs, I18n i18n, Profile profile, SectionRow row,
                                Consumer<SectionText> onSaved) {
        this.profiles = profiles;
        this.jobs = jobs;
        this.i18n = i18n;
        this.profile = profile;
        this.row = row;
        this.onSaved = onSaved;
        this.errors = new FormErrors(i18n);
        lang.addListener((o, was, now) -> load(now));
        lang.set(profile.sourceLanguage());
    }

    private void load(Lang language) {
        if (language == null) {
            return;
        }
        jobs.run(i18n.get("profile.ui.job.loadText", row.title()), () -> profiles.text(profile.id(), row.code(),
                language), (Optional<SectionText> t) -> {
            text.set(t.map(SectionText::markdown).orElse(""));
            TranslationState s = row.states().get(language);
            state.set(language == profile.sourceLanguage() ? i18n.get("profile.ui.text.source")
                    : s == TranslationState.STALE ? i18n.get("profile.ui.text.stale", i18n.name(profile.sourceLanguage()))
                    : s == TranslationState.MISSING ? i18n.get("profile.ui.text.missing")
                    : i18n.get("profile.ui.text.current", i18n.name(profile.sourceLanguage())));
        });
    }

    @Override
    public String title() {
        return i18n.get("profile.ui.text.title", row.title());
    }

    @Override
    public String submitLabel() {
        return i18n.get("profile.ui.text.submit");
    }

    @Override
    public void submit() {
        Lang l = lang.get();
        String markdown = text.get();
        completion.save(jobs, i18n.get("profile.ui.job.saveText", row.title()), errors,
                () -> profiles.saveText(profile.id(), row.code(), l, markdown), onSaved);
    }

    @Override
    public ReadOnlyBooleanProperty doneProperty() {
        return completion.doneProperty();
    }

    public ObjectProperty<Lang> langProperty() {
        return lang;
    }

    public StringProperty textProperty() {
        return text;
    }

    /** Whether this language's text is the source, a current or stale translation, or not written yet. */
    public ReadOnlyStringProperty stateProperty() {
        return state.getReadOnlyProperty();
    }

    public FormErrors errors() {
        return errors;
    }
}
