package org.dialoguedesk.exchange.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Subscription;
import org.dialoguedesk.bundle.BundleRecord;
import org.dialoguedesk.bundle.ConflictChoice;
import org.dialoguedesk.bundle.ImportLogEntry;
import org.dialoguedesk.bundle.ImportLogOutcome;
import org.dialoguedesk.bundle.ImportPreview;
import org.dialoguedesk.bundle.MergeClass;
import org.dialoguedesk.bundle.PreviewOutdatedException;
import org.dialoguedesk.bundle.RecordKey;
import org.dialoguedesk.bundle.RecordKind;
import org.dialoguedesk.bundle.RecordMerge;
import org.dialoguedesk.common.BundleException;
import org.dialoguedesk.common.Officer;
import org.dialoguedesk.exchange.bag.BagInfo;
import org.dialoguedesk.exchange.bag.BundleFile;
import org.dialoguedesk.exchange.bundle.BundleImport;
import org.dialoguedesk.ui.DialogService;
import org.dialoguedesk.ui.DialogService.FileType;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.JobRunner;

/**
 * The bundles screen: the log of past imports, and importing a bundle from another officer's desk. The
 * file is verified whole and previewed off the FX thread (its passphrase asked first when it is
 * encrypted, again when wrong); the preview says where it comes from, what it would do per kind of record,
 * and lists each conflict for the officer to decide field by field. Import stays refused until every
 * field has a choice, then writes everything or nothing.
 */
public final class BundlesViewModel {

    /** Where the import stands. */
    public enum Step {
        /** Nothing chosen: the log, and the last import's outcome or refusal. */
        START,
        /** The chosen bundle is encrypted: its passphrase is asked. */
        PASSPHRASE,
        /** Verifying, previewing or importing. */
        WORKING,
        /** The preview is shown; the officer decides the conflicts and imports, or cancels. */
        PREVIEW
    }

    /** One kind of record in the preview, with how many incoming records fall in each class. */
    public record CountRow(String kind, int fresh, int updated, int unchanged, int localNewer, int conflicts) {
    }

    /** Where the previewed bundle comes from: its file, who made it, where, when, and what it says it holds. */
    public record Source(String file, String officer, String organisation, String date, String desk,
                         String selection) {
    }

    /** One past import, in the officer's words where the log has them. */
    public record LogRow(String when, String officer, String file, String source, String counts, String outcome) {
    }

    /** What opening a bundle found, read off the FX thread. */
    private record Opening(BundleImport.Opened opened, int writesWithoutConflicts) {
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final BundleImport bundleImport;
    private final RecordMerge merge;
    private final Officer officer;
    private final Clock clock;
    private final JobRunner jobs;
    private final DialogService dialogs;
    private final I18n i18n;
    private final ImportLogText logText;
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(this, "step", Step.START);
    private final ReadOnlyStringWrapper fileName = new ReadOnlyStringWrapper(this, "fileName", "");
    private final ReadOnlyStringWrapper passphraseProblem = new ReadOnlyStringWrapper(this, "passphraseProblem", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper(this, "outcome", "");
    private final ReadOnlyObjectWrapper<Source> source = new ReadOnlyObjectWrapper<>(this, "source");
    private final ReadOnlyStringWrapper decision = new ReadOnlyStringWrapper(this, "decision", "");
    private final ReadOnlyIntegerWrapper undecided = new ReadOnlyIntegerWrapper(this, "undecided", 0);
    private final ObservableList<CountRow> counts = FXCollections.observableArrayList();
    private final ObservableList<ConflictChoices> conflicts = FXCollections.observableArrayList();
    private final ObservableList<LogRow> log = FXCollections.observableArrayList();
    private final BooleanBinding importable = Bindings.createBooleanBinding(
            () -> step.get() == Step.PREVIEW && undecided.get() == 0, step, undecided);
    private Path file;
    private BundleImport.Opened opened;
    private int writesWithoutConflicts;
    private Subscription choiceListeners = Subscription.EMPTY;

    public BundlesViewModel(BundleImport bundleImport, RecordMerge merge, Officer officer, Clock clock, JobRunner jobs,
                            DialogService dialogs, I18n i18n) {
        this.bundleImport = bundleImport;
        this.merge = merge;
        this.officer = officer;
        this.clock = clock;
        this.jobs = jobs;
        this.dialogs = dialogs;
        this.i18n = i18n;
        this.logText = new ImportLogText(i18n);
    }

    public void activate() {
        loadLog();
    }

    public void deactivate() {
        // the preview stays, so an officer who looks at another screen comes back to their choices
    }

    private void loadLog() {
        jobs.run(i18n.get("exchange.ui.job.log"), merge::importLog, entries -> log.setAll(entries.stream()
                .map(this::logRow).toList()));
    }

    private LogRow logRow(ImportLogEntry e) {
        ZonedDateTime at = e.importedAt().atZone(clock.getZone());
        return new LogRow(i18n.date(at.toLocalDate()) + " " + TIME.format(at), e.officer(), e.fileName(),
                e.sourceInstallation(), logText.counts(e.counts()), logText.outcome(e.outcome()));
    }

    /** "Import a bundle…": asks for the file, then verifies and previews it (or asks its passphrase first). */
    public void onImportBundle() {
        dialogs.openFile(i18n.get("exchange.ui.import.choose"),
                List.of(new FileType(i18n.get("exchange.ui.import.fileType"), List.of("ddbundle"))))
                .ifPresent(this::open);
    }

    /** Verifies and previews the bundle, unless it is encrypted: then its passphrase is asked first. */
    public void open(Path chosen) {
        clearPreview();
        file = chosen;
        fileName.set(String.valueOf(chosen.getFileName()));
        error.set("");
        outcome.set("");
        passphraseProblem.set("");
        step.set(Step.WORKING);
        jobs.run(i18n.get("exchange.ui.job.open", fileName.get()),
                () -> BundleFile.isEncrypted(chosen) ? Optional.<Opening>empty()
                        : Optional.of(opening(chosen, Optional.empty())),
                found -> found.ifPresentOrElse(this::show, () -> step.set(Step.PASSPHRASE)), this::refused);
    }

    /** Opens the encrypted bundle with this passphrase; the array is wiped once used. */
    public void onPassphrase(char[] passphrase) {
        if (step.get() != Step.PASSPHRASE) {
            return;
        }
        Path chosen = file;
        passphraseProblem.set("");
        step.set(Step.WORKING);
        jobs.run(i18n.get("exchange.ui.job.open", fileName.get()), () -> opening(chosen, Optional.of(passphrase)),
                this::show, this::refused);
    }

    private Opening opening(Path chosen, Optional<char[]> passphrase) {
        BundleImport.Opened o = bundleImport.open(chosen, passphrase);
        ImportPreview preview = o.preview();
        return new Opening(o, preview.conflicts().isEmpty() ? preview.changes(Map.of()).size() : 0);
    }

    /** A wrong or missing passphrase asks again; any other refusal says what is wrong and ends the attempt. */
    private void refused(Throwable failure) {
        if (failure instanceof BundleException b && (b.reason() == BundleException.Reason.WRONG_PASSPHRASE
                || b.reason() == BundleException.Reason.PASSPHRASE_NEEDED)) {
            passphraseProblem.set(i18n.describe(b));
            step.set(Step.PASSPHRASE);
            return;
        }
        error.set(i18n.get("exchange.ui.import.refused", fileName.get(), i18n.describe(failure)));
        step.set(Step.START);
    }

    private void show(Opening opening) {
        opened = opening.opened();
        writesWithoutConflicts = opening.writesWithoutConflicts();
        BagInfo info = opened.info();
        source.set(new Source(opened.fileName(), info.officer(), info.sourceOrganization(),
                i18n.date(info.baggingDate()), info.installation(), info.selection()));
        ImportPreview preview = opened.preview();
        List<CountRow> rows = new ArrayList<>();
        for (RecordKind kind : RecordKind.values()) {
            if (preview.counts().containsKey(kind)) {
                rows.add(new CountRow(i18n.name(kind), preview.count(kind, MergeClass.NEW),
                        preview.count(kind, MergeClass.UPDATED), preview.count(kind, MergeClass.UNCHANGED),
                        preview.count(kind, MergeClass.LOCAL_NEWER), preview.count(kind, MergeClass.CONFLICT)));
            }
        }
        counts.setAll(rows);
        conflicts.setAll(preview.conflicts().stream().map(c -> new ConflictChoices(c, i18n)).toList());
        List<Subscription> listening = new ArrayList<>();
        conflicts.forEach(c -> c.fields().forEach(f -> listening.add(f.choiceProperty().subscribe(this::recount))));
        choiceListeners = Subscription.combine(listening.toArray(Subscription[]::new));
        recount();
        step.set(Step.PREVIEW);
    }

    private void recount() {
        int open = (int) conflicts.stream().flatMap(c -> c.fields().stream())
                .filter(f -> f.choiceProperty().get() == null).count();
        undecided.set(open);
        if (conflicts.isEmpty()) {
            decision.set(i18n.get("exchange.ui.preview.noConflicts", writesWithoutConflicts));
        } else if (open > 0) {
            decision.set(i18n.get("exchange.ui.preview.undecided", conflicts.size(), open));
        } else {
            decision.set(i18n.get("exchange.ui.preview.decided", conflicts.size()));
        }
    }

    /** Keeps this desk's value in every differing field of every conflict. */
    public void onKeepAllMine() {
        conflicts.forEach(c -> c.chooseAll(ConflictChoice.LOCAL));
    }

    /** Takes the bundle's value in every differing field of every conflict. */
    public void onTakeAllTheirs() {
        conflicts.forEach(c -> c.chooseAll(ConflictChoice.INCOMING));
    }

    /** Writes the bundle with the officer's choices, all or nothing, then logs it; refused while a choice is missing. */
    public void onImport() {
        if (!importable.get()) {
            return;
        }
        BundleImport.Opened toApply = opened;
        Map<ConflictChoices, Map<String, ConflictChoice>> chosen = new LinkedHashMap<>();
        conflicts.forEach(c -> chosen.put(c, c.choices()));
        String name = fileName.get();
        step.set(Step.WORKING);
        jobs.run(i18n.get("exchange.ui.job.apply", name), () -> {
            String installation = merge.installationId();
            Map<RecordKey, BundleRecord> resolutions = new LinkedHashMap<>();
            chosen.forEach((c, choices) -> resolutions.put(c.conflict().key(),
                    c.conflict().resolve(choices, installation)));
            String how = new ImportLogOutcome(ImportLogOutcome.Where.WINDOW, resolutions.size(),
                    ImportLogOutcome.Resolution.FIELD_BY_FIELD).code();
            return toApply.apply(resolutions, clock.instant(), officer.name(), how);
        }, written -> {
            clearPreview();
            outcome.set(i18n.get("exchange.ui.import.done", name, written));
            step.set(Step.START);
            loadLog();
        }, failure -> {
            clearPreview();
            error.set(i18n.get("exchange.ui.import.applyFailed", name, failure instanceof PreviewOutdatedException
                    ? i18n.get("exchange.ui.import.changedSincePreview") : i18n.describe(failure)));
            step.set(Step.START);
        });
    }

    /** Leaves the preview or the passphrase question; nothing is imported. */
    public void onCancel() {
        clearPreview();
        passphraseProblem.set("");
        step.set(Step.START);
    }

    private void clearPreview() {
        choiceListeners.unsubscribe();
        choiceListeners = Subscription.EMPTY;
        opened = null;
        counts.clear();
        conflicts.clear();
        source.set(null);
        decision.set("");
        undecided.set(0);
    }

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** The chosen bundle's file name. */
    public ReadOnlyStringProperty fileNameProperty() {
        return fileName.getReadOnlyProperty();
    }

    /** Why the passphrase did not open the bundle; empty the first time it is asked. */
    public ReadOnlyStringProperty passphraseProblemProperty() {
        return passphraseProblem.getReadOnlyProperty();
    }

    /** Why the last bundle was refused or not imported, in the officer's language; empty otherwise. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** What the last import wrote; empty otherwise. */
    public ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** Who made the previewed bundle, where, when, and what it holds; null when none is previewed. */
    public ReadOnlyObjectProperty<Source> sourceProperty() {
        return source.getReadOnlyProperty();
    }

    /** Where the conflicts stand: how many fields still need a choice, or that all are decided. */
    public ReadOnlyStringProperty decisionProperty() {
        return decision.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty undecidedProperty() {
        return undecided.getReadOnlyProperty();
    }

    /** True while the preview is shown and every conflict field has a choice. */
    public BooleanBinding importableProperty() {
        return importable;
    }

    public ObservableList<CountRow> counts() {
        return counts;
    }

    public ObservableList<ConflictChoices> conflicts() {
        return conflicts;
    }

    /** Past imports, newest first. */
    public ObservableList<LogRow> log() {
        return log;
    }
}
