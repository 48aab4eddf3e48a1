package org.dialoguedesk.roster.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.dialoguedesk.roster.Dialogue;
import org.dialoguedesk.roster.Membership;
import org.dialoguedesk.roster.MembershipRole;
import org.dialoguedesk.roster.RosterService;
import org.dialoguedesk.ui.FormCompletion;
import org.dialoguedesk.ui.FormErrors;
import org.dialoguedesk.ui.FormModel;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.JobRunner;

/** Adds a country or organisation to a dialogue, from a date, in a role. */
public final class MembershipFormModel implements FormModel {

    private final RosterService roster;
    private final JobRunner jobs;
    private final I18n i18n;
    private final Dialogue dialogue;
    private final Consumer<Membership> onSaved;
    private final ObservableList<MemberChoice> choices;
    private final ObjectProperty<MemberChoice> member = new SimpleObjectProperty<>(this, "member");
    private final ObjectProperty<MembershipRole> role = new SimpleObjectProperty<>(this, "role",
            MembershipRole.PARTNER_STATE);
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final FormErrors errors;
    private final FormCompletion completion = new FormCompletion();

    public MembershipFormModel(RosterService roster, JobRunner jobs, I18n i18n, Dialogue dialogue,
                               List<MemberChoice> choices, LocalDate today, Consumer<Membership> onSaved) {
        this.roster = roster;
        this.jobs = jobs;
        this.i18n = i18n;
        this.dialogue = dialogue;
        this.onSaved = onSaved;
        this.choices = FXCollections.observableArrayList(choices);
        this.errors = new FormErrors(i18n, "member", "role", "from", "to");
        from.set(today);
    }

    @Override
    public String title() {
        return i18n.get("roster.ui.membership.add.title", i18n.text(dialogue.acronym()));
    }

    @Override
    public String submitLabel() {
        return i18n.get("roster.ui.membership.add.submit");
    }

    @Override
    public void submit() {
        MemberChoice m = member.get();
        completion.save(jobs, i18n.get("roster.ui.job.addMembership"), errors, () -> roster.addMembership(dialogue.meta().id(),
                m == null ? null : m.ref(), role.get(), from.get(), to.get(), note.get()), onSaved);
    }

    @Override
    public ReadOnlyBooleanProperty doneProperty() {
        return completion.doneProperty();
    }

    public ObservableList<MemberChoice> choices() {
        return choices;
    }

    public ObjectProperty<MemberChoice> memberProperty() {
        return member;
    }

    public ObjectProperty<MembershipRole> roleProperty() {
        return role;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public FormErrors errors() {
        return errors;
    }
}
