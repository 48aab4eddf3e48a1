package org.dialoguedesk.questionnaire.ui;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Subscription;
import org.dialoguedesk.questionnaire.RecipientStatus;
import org.dialoguedesk.questionnaire.Round;
import org.dialoguedesk.questionnaire.RoundBoard;
import org.dialoguedesk.questionnaire.RoundCompleteness;
import org.dialoguedesk.questionnaire.Completeness;
import org.dialoguedesk.questionnaire.RoundService;
import org.dialoguedesk.questionnaire.StatusChange;
import org.dialoguedesk.ui.DialogService;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.JobRunner;

/**
 * The rounds screen: the rounds, and the status board of the chosen one (counts per status,
 * response rate, overdue countries, each recipient with its status, date and completeness), with the
 * history of the chosen recipient. What can be done to them is in {@link RoundActions}.
 */
public final class RoundsViewModel {

    /** The board of one round as read on the store thread. */
    private record Loaded(RoundBoard board, List<RoundRecipientRow> rows, String details) {
    }

    private final RoundService rounds;
    private final RoundCompleteness completeness;
    private final Supplier<RoundNames> names;
    private final JobRunner jobs;
    private final I18n i18n;
    private final RoundActions actions;
    private final RoundAnswerActions answerActions;
    private final AnswerReviewModel review;

    private final ObservableList<RoundRow> roundRows = FXCollections.observableArrayList();
    private final ObjectProperty<RoundRow> selectedRound = new SimpleObjectProperty<>(this, "selectedRound");
    private final ReadOnlyObjectWrapper<RoundBoard> board = new ReadOnlyObjectWrapper<>(this, "board");
    private final ObservableList<RoundStatusCount> counts = FXCollections.observableArrayList();
    private final ObservableList<RoundRecipientRow> recipients = FXCollections.observableArrayList();
    private final ObjectProperty<RoundRecipientRow> selectedRecipient =
            new SimpleObjectProperty<>(this, "selectedRecipient");
    private final ObservableList<StatusChange> history = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper details = new ReadOnlyStringWrapper(this, "details", "");
    private final ReadOnlyStringWrapper rate = new ReadOnlyStringWrapper(this, "rate", "");
    private final ReadOnlyStringWrapper answeredText = new ReadOnlyStringWrapper(this, "answeredText", "");
    private final ReadOnlyStringWrapper overdueText = new ReadOnlyStringWrapper(this, "overdueText", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyStringWrapper noticeFolder = new ReadOnlyStringWrapper(this, "noticeFolder", "");
    private Subscription subscriptions = Subscription.EMPTY;

    public RoundsViewModel(RoundServices services, RoundAnswerServices answerServices, JobRunner jobs,
                           DialogService dialogs, I18n i18n, Clock clock) {
        this.rounds = services.rounds();
        this.completeness = services.completeness();
        this.names = () -> new RoundNames(services.roster(), services.contacts(), services.templates(), i18n);
        this.jobs = jobs;
        this.i18n = i18n;
        this.actions = new RoundActions(services, names, jobs, dialogs, i18n, clock, this);
        this.answerActions = new RoundAnswerActions(answerServices, jobs, dialogs, i18n, this);
        this.review = new AnswerReviewModel(answerServices.answers(), jobs, dialogs, i18n, this::reload);
    }

    /** Screen shown: follow the chosen round and recipient, and load the rounds. */
    public void activate() {
        subscriptions = Subscription.combine(
                selectedRound.subscribe((before, now) -> {
                    if (before == null || now == null || !before.round().id().equals(now.round().id())) {
                        setNotice("");
                    }
                    loadBoard();
                }),
                selectedRecipient.subscribe(this::showHistory),
                selectedRecipient.subscribe(this::showAnswers));
        loadRounds(null);
    }

    public void deactivate() {
        subscriptions.unsubscribe();
        subscriptions = Subscription.EMPTY;
    }

    /** Reloads the rounds, newest first; keeps the chosen one, or chooses {@code wanted}. */
    void loadRounds(UUID wanted) {
        jobs.run(i18n.get("questionnaire.rounds.job.loadRounds"), () -> {
            RoundNames n = names.get();
            return rounds.rounds().stream()
                    .sorted(Comparator.comparing(Round::createdOn).reversed().thenComparing(Round::title))
                    .map(r -> {
                        RoundBoard b = rounds.board(r.id());
                        return new RoundRow(r, n.dialogue(r.dialogueId()), b.answered(), b.lines().size());
                    }).toList();
        }, list -> {
            RoundRow keep = selectedRound.get();
            UUID id = wanted != null ? wanted : keep == null ? null : keep.round().id();
            roundRows.setAll(list);
            RoundRow fresh = list.stream().filter(r -> r.round().id().equals(id)).findFirst().orElse(null);
            if (fresh == null) {
                selectedRound.set(list.isEmpty() ? null : list.get(0));
            } else if (fresh.equals(keep)) {
                loadBoard();
            } else {
                selectedRound.set(fresh);
            }
        });
    }

    /** Reads the chosen round's board; keeps the chosen recipient when it is still there. */
    void loadBoard() {
        RoundRow row = selectedRound.get();
        if (row == null) {
            show(null);
            return;
        }
        UUID id = row.round().id();
        jobs.run(i18n.get("questionnaire.rounds.job.loadBoard", row.round().title()), () -> {
            RoundNames n = names.get();
            RoundBoard b = rounds.board(id);
            Map<String, Completeness> known = completeness.of(id);
            List<RoundRecipientRow> rows = b.lines().stream()
                    .map(l -> new RoundRecipientRow(l, n.country(l.countryCode()),
                            n.person(l.recipient().focalPointId()), Optional.ofNullable(known.get(l.countryCode()))))
                    .sorted(Comparator.comparing(RoundRecipientRow::country, n.collator())).toList();
            return new Loaded(b, rows, n.details(b.round()));
        }, loaded -> {
            RoundRow now = selectedRound.get();
            if (now != null && now.round().id().equals(id)) {
                show(loaded);
            }
        });
    }

    private void show(Loaded loaded) {
        String keep = selectedRecipient.get() == null ? null : selectedRecipient.get().countryCode();
        if (loaded == null) {
            board.set(null);
            counts.clear();
            recipients.clear();
            details.set("");
            rate.set("");
            answeredText.set("");
            overdueText.set("");
            selectedRecipient.set(null);
            return;
        }
        RoundBoard b = loaded.board();
        board.set(b);
        int total = b.lines().size();
        counts.setAll(b.counts().entrySet().stream().map(e -> new RoundStatusCount(e.getKey(), e.getValue(),
                total == 0 ? 0 : (double) e.getValue() / total)).toList());
        recipients.setAll(loaded.rows());
        details.set(loaded.details());
        rate.set(i18n.get("questionnaire.rounds.rate", Math.round(b.responseRate() * 100)));
        answeredText.set(i18n.get("questionnaire.rounds.answered", b.answered(), total));
        int late = b.overdue().size();
        overdueText.set(late == 0 ? "" : i18n.get("questionnaire.rounds.overdue", late));
        selectedRecipient.set(loaded.rows().stream().filter(r -> r.countryCode().equals(keep)).findFirst()
                .orElse(null));
    }

    /** The completeness cell: "40/52 (77%)" questions answered, or a dash while no answers of the country are on record. */
    public String completenessText(RoundRecipientRow row) {
        return row.completeness().map(c -> i18n.get("questionnaire.rounds.completeness.value", c.answered(),
                        c.questions(), Math.round(c.ratio() * 100)))
                .orElse(i18n.get("questionnaire.rounds.completeness.unknown"));
    }

    /** True when every completeness shown is unknown: the screen then says what the dash means. */
    public BooleanBinding completenessUnknown() {
        return Bindings.createBooleanBinding(() -> recipients.stream().allMatch(r -> r.completeness().isEmpty()),
                recipients);
    }

    /** The chosen recipient's status changes, newest first. */
    private void showHistory(RoundRecipientRow row) {
        List<StatusChange> newestFirst = row == null ? new ArrayList<>() : new ArrayList<>(row.history());
        Collections.reverse(newestFirst);
        history.setAll(newestFirst);
    }

    /** The review pane follows the chosen country (the same country across reloads is not reloaded). */
    private void showAnswers(RoundRecipientRow before, RoundRecipientRow now) {
        boolean same = before != null && now != null && before.countryCode().equals(now.countryCode())
                && before.line().recipient().roundId().equals(now.line().recipient().roundId());
        if (!same) {
            review.show(now == null ? null : now.line().recipient().roundId(), now == null ? null : now.countryCode(),
                    now == null ? "" : now.country());
        }
    }

    /** Reloads the rounds and the chosen round's board, keeping the choices. */
    void reload() {
        loadRounds(null);
    }

    void setNotice(String text) {
        setNotice(text, "");
    }

    /** A notice about files written to a folder: the screen shows the folder apart, left to right. */
    void setNotice(String text, String folder) {
        notice.set(text);
        noticeFolder.set(folder);
    }

    public RoundActions actions() {
        return actions;
    }

    public RoundAnswerActions answerActions() {
        return answerActions;
    }

    /** The answers of the chosen country, for review. */
    public AnswerReviewModel review() {
        return review;
    }

    public Optional<Round> round() {
        return Optional.ofNullable(selectedRound.get()).map(RoundRow::round);
    }

    public ObservableList<RoundRow> rounds() {
        return roundRows;
    }

    public ObjectProperty<RoundRow> selectedRoundProperty() {
        return selectedRound;
    }

    public ReadOnlyObjectProperty<RoundBoard> boardProperty() {
        return board.getReadOnlyProperty();
    }

    public ObservableList<RoundStatusCount> counts() {
        return counts;
    }

    public ObservableList<RoundRecipientRow> recipients() {
        return recipients;
    }

    public ObjectProperty<RoundRecipientRow> selectedRecipientProperty() {
        return selectedRecipient;
    }

    public ObservableList<StatusChange> history() {
        return history;
    }

    public ReadOnlyStringProperty detailsProperty() {
        return details.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty rateProperty() {
        return rate.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty answeredTextProperty() {
        return answeredText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty overdueTextProperty() {
        return overdueText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeFolderProperty() {
        return noticeFolder.getReadOnlyProperty();
    }

    /** The count of recipients in that status on the board shown; 0 when none is shown. */
    public int count(RecipientStatus status) {
        return counts.stream().filter(c -> c.status() == status).mapToInt(RoundStatusCount::count).sum();
    }
}
