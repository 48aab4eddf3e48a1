package org.dialoguedesk.questionnaire.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import org.dialoguedesk.questionnaire.RecipientStatus;
import org.dialoguedesk.questionnaire.Round;
import org.dialoguedesk.questionnaire.RoundFormFiles;
import org.dialoguedesk.questionnaire.RoundBoard;
import org.dialoguedesk.questionnaire.RoundCreation;
import org.dialoguedesk.questionnaire.Template;
import org.dialoguedesk.questionnaire.TemplateVersion;
import org.dialoguedesk.roster.Country;
import org.dialoguedesk.ui.DialogService;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.JobRunner;

/**
 * What the officer does on the rounds screen: open a round, record a recipient's new status, add or
 * take out a country while nothing is sent, and write the round's forms to a folder. Every change
 * reloads the board through {@link RoundsViewModel}.
 */
public final class RoundActions {

    private final RoundServices services;
    private final Supplier<RoundNames> names;
    private final JobRunner jobs;
    private final DialogService dialogs;
    private final I18n i18n;
    private final Clock clock;
    private final RoundsViewModel vm;

    RoundActions(RoundServices services, Supplier<RoundNames> names, JobRunner jobs, DialogService dialogs,
                 I18n i18n, Clock clock, RoundsViewModel vm) {
        this.services = services;
        this.names = names;
        this.jobs = jobs;
        this.dialogs = dialogs;
        this.i18n = i18n;
        this.clock = clock;
        this.vm = vm;
    }

    /** New round…: the form, with the dialogues and every template version to choose from. */
    public void onNewRound() {
        jobs.run(i18n.get("questionnaire.rounds.job.loadChoices"), () -> {
            RoundNames n = names.get();
            return new RoundFormModel.Choices(n.dialoguesByLabel(), versionChoices(n), n);
        }, choices -> dialogs.showForm(new RoundFormModel(services.rounds(), jobs, i18n, choices,
                created -> opened(created, choices.names()))));
    }

    /** Every version of every template, templates by title, newest version first. */
    private List<RoundFormModel.VersionChoice> versionChoices(RoundNames n) {
        return services.templates().templates().stream()
                .sorted(Comparator.comparing((Template t) -> i18n.text(t.title()), n.collator()))
                .flatMap(t -> services.templates().versions(t.meta().id()).stream()
                        .sorted(Comparator.comparingInt(TemplateVersion::number).reversed())
                        .map(v -> new RoundFormModel.VersionChoice(v, i18n.get(v.isFrozen()
                                ? "questionnaire.rounds.new.version.frozen" : "questionnaire.rounds.new.version.draft",
                                n.version(v)))))
                .toList();
    }

    /** Chooses the new round and says how many countries it went to, and which have no focal point. */
    private void opened(RoundCreation created, RoundNames n) {
        vm.loadRounds(created.round().id());
        String opened = i18n.get("questionnaire.rounds.opened", created.round().title(),
                created.recipients().size());
        vm.setNotice(created.withoutFocalPoint().isEmpty() ? opened : opened + "\n" + i18n.get(
                "questionnaire.rounds.noFocalPoint", created.withoutFocalPoint().stream().map(n::country)
                        .collect(Collectors.joining(i18n.get("questionnaire.rounds.listSeparator")))));
    }

    /** Change status…: the chosen recipient's next status, its date and a note. */
    public void onChangeStatus() {
        RoundRecipientRow row = vm.selectedRecipientProperty().get();
        Round round = vm.round().orElse(null);
        if (row == null || round == null || row.status().next().isEmpty()) {
            return;
        }
        dialogs.showForm(new RoundStatusFormModel(services.rounds(), jobs, i18n, round, row, LocalDate.now(clock),
                changed -> vm.loadRounds(round.id())));
    }

    /** Add a country…: any country not yet a recipient, while nothing of the round is sent. */
    public void onAddRecipient() {
        Round round = vm.round().orElse(null);
        RoundBoard board = vm.boardProperty().get();
        if (round == null || board == null) {
            return;
        }
        Set<String> already = board.lines().stream().map(RoundBoard.Line::countryCode).collect(Collectors.toSet());
        jobs.run(i18n.get("questionnaire.rounds.job.loadChoices"), () -> names.get().countriesByName().stream()
                        .filter(c -> !already.contains(c.code())).toList(),
                (List<Country> countries) -> dialogs.showForm(new RoundRecipientFormModel(services.rounds(), jobs,
                        i18n, round, countries, added -> vm.loadRounds(round.id()))));
    }

    /** Take out the chosen country, after asking. */
    public void onRemoveRecipient() {
        Round round = vm.round().orElse(null);
        RoundRecipientRow row = vm.selectedRecipientProperty().get();
        if (round == null || row == null) {
            return;
        }
        if (!dialogs.confirm(i18n.get("questionnaire.rounds.recipient.remove.title"),
                i18n.get("questionnaire.rounds.recipient.remove.confirm", row.country(), round.title()))) {
            return;
        }
        jobs.run(i18n.get("questionnaire.rounds.job.removeRecipient", row.country()), () -> {
            services.rounds().removeRecipient(round.id(), row.countryCode());
            return round.id();
        }, vm::loadRounds, e -> dialogs.showError(i18n.describe(e)));
    }

    /** Generate forms…: a folder, then one workbook per recipient written into it off the FX thread. */
    public void onGenerateForms() {
        writeFiles(services.formFiles(), "questionnaire.rounds.forms.written");
    }

    /** Print questionnaires…: the same, one printable Word document per recipient in its form language. */
    public void onPrintForms() {
        writeFiles(services.printFiles(), "questionnaire.rounds.prints.written");
    }

    private void writeFiles(RoundFormFiles files, String writtenKey) {
        Round round = vm.round().orElse(null);
        if (round == null) {
            return;
        }
        dialogs.chooseFolder(i18n.get("questionnaire.rounds.forms.choose", round.title())).ifPresent(folder -> {
            vm.setNotice("");
            jobs.run(i18n.get("questionnaire.rounds.job.writeForms", round.title()),
                    () -> files.writeAll(round.id(), folder),
                    written -> vm.setNotice(i18n.get(writtenKey, written.files().size()),
                            written.folder().toString()),
                    e -> dialogs.showError(i18n.get("questionnaire.rounds.forms.failed", i18n.describe(e))));
        });
    }

    /** A recipient is chosen and its status can still move on. */
    public BooleanBinding canChangeStatus() {
        return Bindings.createBooleanBinding(() -> {
            RoundRecipientRow row = vm.selectedRecipientProperty().get();
            return row != null && !row.status().next().isEmpty();
        }, vm.selectedRecipientProperty());
    }

    /** Nothing of the round is sent yet: its countries can still change. */
    public BooleanBinding canChangeRecipients() {
        return Bindings.createBooleanBinding(() -> {
            RoundBoard b = vm.boardProperty().get();
            return b != null && b.lines().stream().allMatch(l -> l.status() == RecipientStatus.NOT_SENT);
        }, vm.boardProperty());
    }

    public BooleanBinding canRemoveRecipient() {
        return canChangeRecipients().and(vm.selectedRecipientProperty().isNotNull());
    }

    public BooleanBinding canGenerateForms() {
        return Bindings.createBooleanBinding(() -> vm.boardProperty().get() != null
                && !vm.boardProperty().get().lines().isEmpty(), vm.boardProperty());
    }
}
