package org.dialoguedesk.profile.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.profile.Profile;
import org.dialoguedesk.profile.ProfileBatch;
import org.dialoguedesk.profile.ProfileRenderer.Format;
import org.dialoguedesk.ui.DialogService;
import org.dialoguedesk.ui.FormModel;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.JobRunner;

/**
 * Render…: the chosen profile, every profile of its dialogue or every profile, as PDF and Word files in
 * the chosen languages, into a chosen folder. The batch runs on the store thread and says which file it
 * is writing; Cancel stops it between two files. The dialog stays open at the end to say what was
 * written, what was not and why, and where the index is.
 */
public final class RenderFormModel implements FormModel {

    /** Which profiles to render. */
    public enum Scope { PROFILE, DIALOGUE, ALL }

    /** A line of the summary: a file written (with what it holds) or not written (with the reason). */
    public record Line(String file, boolean written, String detail) {
    }

    /** The batch's report before a file, carried to the FX thread. */
    private record Step(int done, int total, String file) {
    }

    private final ProfileBatch batch;
    private final JobRunner jobs;
    private final DialogService dialogs;
    private final I18n i18n;
    private final ProfileRow chosen;
    private final List<Profile> everyProfile;
    private final ObjectProperty<Scope> scope = new SimpleObjectProperty<>(this, "scope", Scope.PROFILE);
    private final Map<Format, BooleanProperty> formats = new EnumMap<>(Format.class);
    private final Map<Lang, BooleanProperty> langs = new EnumMap<>(Lang.class);
    private final BooleanProperty publicOnly = new SimpleBooleanProperty(this, "publicOnly", false);
    private final ReadOnlyObjectWrapper<Path> folder = new ReadOnlyObjectWrapper<>(this, "folder");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    private final ReadOnlyBooleanWrapper stopping = new ReadOnlyBooleanWrapper(this, "stopping", false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyObjectWrapper<Path> index = new ReadOnlyObjectWrapper<>(this, "index");
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final ObservableList<String> missing = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper(this, "done", false);
    private final BooleanBinding submittable;
    private AtomicBoolean cancelled = new AtomicBoolean();

    /**
     * @param everyProfile every profile of the desk, read when the dialog was asked for: the scopes
     *                     "its dialogue" and "every profile" pick from it
     */
    RenderFormModel(ProfileBatch batch, JobRunner jobs, DialogService dialogs, I18n i18n, ProfileRow chosen,
                    List<Profile> everyProfile) {
        this.batch = batch;
        this.jobs = jobs;
        this.dialogs = dialogs;
        this.i18n = i18n;
        this.chosen = chosen;
        this.everyProfile = List.copyOf(everyProfile);
        for (Format f : Format.values()) {
            formats.put(f, new SimpleBooleanProperty(this, f.name(), true));
        }
        for (Lang l : Lang.values()) {
            langs.put(l, new SimpleBooleanProperty(this, l.code(), true));
        }
        List<javafx.beans.Observable> inputs = new ArrayList<>();
        inputs.addAll(formats.values());
        inputs.addAll(langs.values());
        inputs.add(folder);
        inputs.forEach(o -> o.addListener(x -> checkMissing()));
        checkMissing();
        submittable = Bindings.createBooleanBinding(() -> missing.isEmpty() && !running.get(), missing, running);
    }

    private void checkMissing() {
        List<String> now = new ArrayList<>();
        if (chosenFormats().isEmpty()) {
            now.add(i18n.get("profile.ui.render.missing.format"));
        }
        if (chosenLangs().isEmpty()) {
            now.add(i18n.get("profile.ui.render.missing.lang"));
        }
        if (folder.get() == null) {
            now.add(i18n.get("profile.ui.render.missing.folder"));
        }
        if (!now.equals(missing)) {
            missing.setAll(now);
        }
    }

    /** Choose folder…: where the files and index.csv go. */
    public void onChooseFolder() {
        dialogs.chooseFolder(i18n.get("profile.ui.render.folder.choose")).ifPresent(folder::set);
    }

    /** Render: the batch on the store thread, a report before each file, the summary at the end. */
    @Override
    public void submit() {
        if (!submittable.get()) {
            return;
        }
        ProfileBatch.Request request = new ProfileBatch.Request(profiles(), chosenFormats(), chosenLangs(),
                publicOnly.get(), folder.get());
        AtomicBoolean stop = new AtomicBoolean();
        cancelled = stop;
        running.set(true);
        stopping.set(false);
        lines.clear();
        summary.set("");
        index.set(null);
        progress.set(0);
        progressText.set(i18n.get("profile.ui.render.starting", request.files()));
        jobs.<ProfileBatch.Result, Step>run(i18n.get("profile.ui.render.job", request.files()), report -> {
            try {
                return batch.run(request, (d, total, file) -> report.accept(new Step(d, total, file)), stop::get);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, step -> {
            progress.set(step.total() == 0 ? 1 : (double) step.done() / step.total());
            progressText.set(i18n.get("profile.ui.render.progress", step.done() + 1, step.total(), step.file()));
        }, result -> finished(request, result), e -> {
            running.set(false);
            progressText.set("");
            summary.set(i18n.get("profile.ui.render.failed", i18n.describe(e)));
        });
    }

    private void finished(ProfileBatch.Request request, ProfileBatch.Result result) {
        running.set(false);
        stopping.set(false);
        progress.set(1);
        progressText.set("");
        List<Line> shown = new ArrayList<>();
        for (ProfileBatch.Skipped s : result.skipped()) {
            String file = everyProfile.stream().filter(p -> p.key().equals(s.profileKey())).findFirst()
                    .map(p -> ProfileBatch.fileName(p, s.lang(), s.format(), request.publicOnly()))
                    .orElse(s.profileKey());
            shown.add(new Line(file, false, i18n.format(s.reason())));
        }
        for (ProfileBatch.Produced p : result.produced()) {
            shown.add(new Line(p.file().getFileName().toString(), true,
                    i18n.get("profile.ui.render.sections", p.sections())));
        }
        lines.setAll(shown);
        String counts = i18n.get("profile.ui.render.summary", result.produced().size(), result.skipped().size());
        index.set(result.index());
        summary.set(result.cancelled()
                ? i18n.get("profile.ui.render.stopped", result.produced().size() + result.skipped().size(),
                        request.files(), counts)
                : counts);
    }

    /** Cancel: the batch stops before its next file; what was written stays, with its index. */
    public void onCancel() {
        if (running.get()) {
            cancelled.set(true);
            stopping.set(true);
            progressText.set(i18n.get("profile.ui.render.stopping"));
        }
    }

    /** Closing the dialog while it renders stops the batch too. */
    @Override
    public void dismissed() {
        onCancel();
    }

    /** The profiles the chosen scope covers, in the desk's order (the chosen one alone for PROFILE). */
    List<UUID> profiles() {
        Profile profile = chosen.profile();
        return switch (scope.get() == null ? Scope.PROFILE : scope.get()) {
            case PROFILE -> List.of(profile.id());
            case DIALOGUE -> everyProfile.stream().filter(p -> Objects.equals(p.dialogueId(), profile.dialogueId()))
                    .map(Profile::id).toList();
            case ALL -> everyProfile.stream().map(Profile::id).toList();
        };
    }

    private Set<Format> chosenFormats() {
        Set<Format> out = EnumSet.noneOf(Format.class);
        formats.forEach((f, on) -> {
            if (on.get()) {
                out.add(f);
            }
        });
        return out;
    }

    private List<Lang> chosenLangs() {
        return langs.entrySet().stream().filter(e -> e.getValue().get()).map(Map.Entry::getKey).toList();
    }

    /** "This profile (Morocco)", "Every profile of its dialogue (MTM: 6)", "Every profile (6)". */
    public String scopeLabel(Scope s) {
        return switch (s) {
            case PROFILE -> i18n.get("profile.ui.render.scope.profile", chosen.title());
            case DIALOGUE -> chosen.dialogue().isEmpty()
                    ? i18n.get("profile.ui.render.scope.noDialogue", dialogueCount())
                    : i18n.get("profile.ui.render.scope.dialogue", chosen.dialogue(), dialogueCount());
            case ALL -> i18n.get("profile.ui.render.scope.all", everyProfile.size());
        };
    }

    private long dialogueCount() {
        return everyProfile.stream().filter(p -> Objects.equals(p.dialogueId(), chosen.profile().dialogueId()))
                .count();
    }

    public String formatLabel(Format f) {
        return switch (f) {
            case PDF -> i18n.get("profile.ui.render.format.pdf");
            case DOCX -> i18n.get("profile.ui.render.format.docx");
        };
    }

    public String langLabel(Lang l) {
        return i18n.name(l);
    }

    @Override
    public String title() {
        return i18n.get("profile.ui.render.title", chosen.title());
    }

    @Override
    public String submitLabel() {
        return i18n.get("profile.ui.render.submit");
    }

    @Override
    public java.util.Optional<String> closeLabel() {
        return java.util.Optional.of(i18n.get("profile.ui.render.close"));
    }

    @Override
    public ObservableBooleanValue submittableProperty() {
        return submittable;
    }

    @Override
    public ReadOnlyBooleanProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    public ObjectProperty<Scope> scopeProperty() {
        return scope;
    }

    public BooleanProperty formatProperty(Format f) {
        return formats.get(f);
    }

    public BooleanProperty langProperty(Lang l) {
        return langs.get(l);
    }

    public BooleanProperty publicOnlyProperty() {
        return publicOnly;
    }

    public ReadOnlyObjectProperty<Path> folderProperty() {
        return folder.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty stoppingProperty() {
        return stopping.getReadOnlyProperty();
    }

    /** 0 to 1: the share of files done. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** "3 of 36: mtm-country-MAR-ar.pdf" while running. */
    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    /** After a run: how many files were written and not written (and whether it was cancelled). */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** After a run: where index.csv was written; null before. */
    public ReadOnlyObjectProperty<Path> indexProperty() {
        return index.getReadOnlyProperty();
    }

    /** After a run: the files not written (first, with the reason), then those written. */
    public ObservableList<Line> lines() {
        return lines;
    }

    /** What must still be chosen before Render can start: one sentence each. */
    public ObservableList<String> missing() {
        return missing;
    }
}
