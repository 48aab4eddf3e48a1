package org.dialoguedesk.meeting.ui;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.dialoguedesk.common.Messages;
import org.dialoguedesk.meeting.InvitationGroup;
import org.dialoguedesk.meeting.InvitationPlan;
import org.dialoguedesk.meeting.InvitationPreview;
import org.dialoguedesk.meeting.Meeting;
import org.dialoguedesk.meeting.ParticipantSaved;
import org.dialoguedesk.meeting.RosterInvitation;
import org.dialoguedesk.ui.FormCompletion;
import org.dialoguedesk.ui.FormErrors;
import org.dialoguedesk.ui.FormModel;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.JobRunner;

/**
 * Invites a meeting's delegations from the roster: the seats per delegation and the groups chosen, the
 * plan previewed as soon as either changes (worded as the command line words it), then saved whole by
 * the main button. The button stays off while there is nobody to invite or the preview is being read.
 */
public final class InviteFormModel implements FormModel {

    private final RosterInvitation invitations;
    private final JobRunner jobs;
    private final I18n i18n;
    private final Meeting meeting;
    private final Consumer<List<ParticipantSaved>> onInvited;
    private final IntegerProperty seats = new SimpleIntegerProperty(this, "seats", 2);
    private final Map<InvitationGroup, BooleanProperty> groups = new EnumMap<>(InvitationGroup.class);
    private final ObjectProperty<InvitationPlan> plan = new SimpleObjectProperty<>(this, "plan");
    private final ObservableList<InvitationPreview.Entry> preview = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final FormErrors errors;
    private final FormCompletion completion = new FormCompletion();
    private final BooleanBinding submittable;
    private int asked;

    public InviteFormModel(RosterInvitation invitations, JobRunner jobs, I18n i18n, Meeting meeting,
                           Consumer<List<ParticipantSaved>> onInvited) {
        this.invitations = invitations;
        this.jobs = jobs;
        this.i18n = i18n;
        this.meeting = meeting;
        this.onInvited = onInvited;
        this.errors = new FormErrors(i18n, "seats", "groups");
        for (InvitationGroup g : InvitationGroup.values()) {
            BooleanProperty chosen = new SimpleBooleanProperty(this, g.key(), g == InvitationGroup.STATES);
            chosen.addListener((o, was, is) -> refresh());
            groups.put(g, chosen);
        }
        seats.addListener((o, was, is) -> refresh());
        submittable = Bindings.createBooleanBinding(() -> plan.get() != null && !plan.get().participants().isEmpty(),
                plan);
        refresh();
    }

    /** Reads the plan again for the seats and groups now chosen; an answer overtaken by a later one is dropped. */
    public void refresh() {
        int ask = ++asked;
        int n = seats.get();
        Set<InvitationGroup> chosen = EnumSet.noneOf(InvitationGroup.class);
        groups.forEach((g, on) -> {
            if (on.get()) {
                chosen.add(g);
            }
        });
        plan.set(null);
        errors.clear();
        jobs.run(i18n.get("meeting.ui.invite.job.plan"), () -> invitations.plan(meeting.id(), n, chosen), p -> {
            if (ask == asked) {
                Messages messages = new Messages(i18n.lang());
                preview.setAll(InvitationPreview.entries(p, messages));
                summary.set(InvitationPreview.summary(p, false, messages));
                plan.set(p);
            }
        }, e -> {
            if (ask == asked) {
                preview.clear();
                summary.set("");
                errors.showFailure(e);
            }
        });
    }

    @Override
    public String title() {
        return i18n.get("meeting.ui.invite.title", i18n.text(meeting.title()));
    }

    @Override
    public String submitLabel() {
        return i18n.get("meeting.ui.invite.submit");
    }

    @Override
    public void submit() {
        InvitationPlan p = plan.get();
        if (p != null && !p.participants().isEmpty()) {
            completion.save(jobs, i18n.get("meeting.ui.invite.job.save"), errors, () -> invitations.apply(p),
                    onInvited);
        }
    }

    @Override
    public ReadOnlyBooleanProperty doneProperty() {
        return completion.doneProperty();
    }

    @Override
    public ObservableBooleanValue submittableProperty() {
        return submittable;
    }

    public IntegerProperty seatsProperty() {
        return seats;
    }

    public BooleanProperty groupProperty(InvitationGroup group) {
        return groups.get(group);
    }

    public ObservableList<InvitationPreview.Entry> preview() {
        return preview;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public FormErrors errors() {
        return errors;
    }
}
