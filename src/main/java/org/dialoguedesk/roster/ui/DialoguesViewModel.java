package org.dialoguedesk.roster.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Subscription;
import org.dialoguedesk.roster.Dialogue;
import org.dialoguedesk.roster.MemberRef;
import org.dialoguedesk.roster.MembershipRole;
import org.dialoguedesk.roster.Organisation;
import org.dialoguedesk.roster.RosterService;
import org.dialoguedesk.ui.DialogService;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.JobRunner;

/**
 * The dialogues screen: the dialogues, and the members of the chosen one, filtered by role and by
 * the day they were members on (empty = everyone, past and present).
 */
public final class DialoguesViewModel {

    private final RosterService roster;
    private final JobRunner jobs;
    private final DialogService dialogs;
    private final I18n i18n;
    private final Clock clock;

    private final ObservableList<Dialogue> dialogues = FXCollections.observableArrayList();
    private final ObjectProperty<Dialogue> selectedDialogue = new SimpleObjectProperty<>(this, "selectedDialogue");
    private final ObjectProperty<MembershipRole> roleFilter = new SimpleObjectProperty<>(this, "roleFilter");
    private final ObjectProperty<LocalDate> asOf = new SimpleObjectProperty<>(this, "asOf");
    private final ObservableList<MemberRow> members = FXCollections.observableArrayList();
    private final ObjectProperty<MemberRow> selectedMember = new SimpleObjectProperty<>(this, "selectedMember");
    private final ObservableList<Organisation> organisations = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private Subscription subscriptions = Subscription.EMPTY;

    public DialoguesViewModel(RosterService roster, JobRunner jobs, DialogService dialogs, I18n i18n, Clock clock) {
        this.roster = roster;
        this.jobs = jobs;
        this.dialogs = dialogs;
        this.i18n = i18n;
        this.clock = clock;
    }

    /** Screen shown: listen to the filters and load the dialogues, in the order of their labels. */
    public void activate() {
        subscriptions = Subscription.combine(
                selectedDialogue.subscribe(this::refresh),
                roleFilter.subscribe(this::refresh),
                asOf.subscribe(this::refresh));
        loadDialogues(null);
    }

    /** Loads the organisations (secretariats), then the dialogues; keeps the chosen one, or chooses {@code wanted}. */
    private void loadDialogues(UUID wanted) {
        jobs.run(i18n.get("roster.ui.job.loadOrganisations"), () -> RosterLookup.organisations(roster, i18n),
                organisations::setAll);
        jobs.run(i18n.get("roster.ui.job.loadDialogues"), () -> roster.dialogues().stream()
                .sorted(RosterLookup.dialogueOrder(i18n)).toList(), list -> {
            Dialogue keep = selectedDialogue.get();
            UUID id = wanted != null ? wanted : keep == null ? null : keep.meta().id();
            dialogues.setAll(list);
            Dialogue fresh = list.stream().filter(d -> d.meta().id().equals(id)).findFirst().orElse(null);
            if (fresh == null) {
                selectedDialogue.set(list.isEmpty() ? null : list.get(0));
            } else if (fresh.equals(keep)) {
                refresh();
            } else {
                selectedDialogue.set(fresh);
            }
        });
    }

    /** The secretariat's label ("ICMPD — International Centre…"), or empty. */
    public String secretariatName(Dialogue d) {
        return organisations.stream().filter(o -> o.meta().id().equals(d.secretariatId())).findFirst()
                .map(o -> o.label(i18n.lang())).orElse("");
    }

    public void onEditDialogue() {
        Dialogue d = selectedDialogue.get();
        if (d != null) {
            dialogs.showForm(new DialogueFormModel(roster, jobs, i18n, Optional.of(d), organisations,
                    saved -> loadDialogues(saved.meta().id())));
        }
    }

    public void onAddDialogue() {
        dialogs.showForm(new DialogueFormModel(roster, jobs, i18n, Optional.empty(), organisations,
                saved -> loadDialogues(saved.meta().id())));
    }

    public void deactivate() {
        subscriptions.unsubscribe();
        subscriptions = Subscription.EMPTY;
    }

    /** Reloads the members of the chosen dialogue with the current filters. */
    public void refresh() {
        Dialogue d = selectedDialogue.get();
        if (d == null) {
            members.clear();
            summary.set("");
            return;
        }
        LocalDate day = asOf.get();
        MembershipRole role = roleFilter.get();
        jobs.run(i18n.get("roster.ui.job.loadMembers"), () -> roster.members(d.meta().id(), day,
                        role == null ? Set.of() : Set.of(role)).stream()
                .map(m -> new MemberRow(m, roster.memberName(m, i18n.lang())))
                .sorted(Comparator.comparing((MemberRow r) -> r.membership().role())
                        .thenComparing(MemberRow::name, String.CASE_INSENSITIVE_ORDER))
                .toList(), rows -> {
            members.setAll(rows);
            summary.set(day == null ? i18n.get("roster.ui.dialogues.count", rows.size())
                    : i18n.get("roster.ui.dialogues.countAsOf", rows.size(), i18n.date(day)));
        });
    }

    public void onClearAsOf() {
        asOf.set(null);
    }

    public void onAddMembership() {
        Dialogue d = selectedDialogue.get();
        if (d == null) {
            return;
        }
        jobs.run(i18n.get("roster.ui.job.loadChoices"), this::memberChoices, choices -> dialogs.showForm(
                new MembershipFormModel(roster, jobs, i18n, d, choices, LocalDate.now(clock), saved -> refresh())));
    }

    private List<MemberChoice> memberChoices() {
        List<MemberChoice> choices = new ArrayList<>();
        roster.countries().stream()
                .map(c -> new MemberChoice(new MemberRef.OfCountry(c.code()), i18n.text(c.name())))
                .sorted(Comparator.comparing(MemberChoice::label)).forEach(choices::add);
        roster.organisations().stream()
                .map(o -> new MemberChoice(new MemberRef.OfOrganisation(o.meta().id()), o.label(i18n.lang())))
                .sorted(Comparator.comparing(MemberChoice::label)).forEach(choices::add);
        return choices;
    }

    public void onEndMembership() {
        MemberRow row = selectedMember.get();
        if (row == null || row.membership().isEnded()) {
            return;
        }
        dialogs.askDate(i18n.get("roster.ui.membership.end.title", row.name()),
                i18n.get("roster.ui.membership.end.label"), LocalDate.now(clock)).ifPresent(day ->
                jobs.run(i18n.get("roster.ui.job.endMembership"),
                        () -> roster.endMembership(row.membership().meta().id(), day),
                        ended -> refresh(), e -> dialogs.showError(i18n.describe(e))));
    }

    /** True when the selected member can be ended (chosen, and still current). */
    public BooleanBinding canEndMembership() {
        return Bindings.createBooleanBinding(() -> selectedMember.get() != null
                && !selectedMember.get().membership().isEnded(), selectedMember);
    }

    public ObservableList<Dialogue> dialogues() {
        return dialogues;
    }

    public ObjectProperty<Dialogue> selectedDialogueProperty() {
        return selectedDialogue;
    }

    public ObjectProperty<MembershipRole> roleFilterProperty() {
        return roleFilter;
    }

    public ObjectProperty<LocalDate> asOfProperty() {
        return asOf;
    }

    public ObservableList<MemberRow> members() {
        return members;
    }

    public ObjectProperty<MemberRow> selectedMemberProperty() {
        return selectedMember;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
