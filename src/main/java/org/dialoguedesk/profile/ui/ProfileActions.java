package org.dialoguedesk.profile.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import org.dialoguedesk.profile.Access;
import org.dialoguedesk.profile.Profile;
import org.dialoguedesk.profile.ProfileKind;
import org.dialoguedesk.ui.DialogService;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.JobRunner;

/**
 * What the officer does on the profiles screen: move the chosen section along its workflow, switch its
 * access, publish a version of the profile, compare its versions, and render profiles as PDF and Word. Every change reloads the screen
 * through {@link ProfilesViewModel}.
 */
public final class ProfileActions {

    private final ProfileServices services;
    private final JobRunner jobs;
    private final DialogService dialogs;
    private final I18n i18n;
    private final Clock clock;
    private final ProfilesViewModel vm;

    ProfileActions(ProfileServices services, JobRunner jobs, DialogService dialogs, I18n i18n, Clock clock,
                   ProfilesViewModel vm) {
        this.services = services;
        this.jobs = jobs;
        this.dialogs = dialogs;
        this.i18n = i18n;
        this.clock = clock;
        this.vm = vm;
    }

    /** Change status…: the chosen section's next statuses, who validated it, the date and a note. */
    public void onChangeStatus() {
        SectionRow row = vm.selectedSectionProperty().get();
        Profile profile = vm.profile().orElse(null);
        if (row == null || profile == null) {
            return;
        }
        dialogs.showForm(new SectionStatusFormModel(services.profiles(), jobs, i18n, profile, row,
                LocalDate.now(clock), changed -> vm.reload()));
    }

    /** Edit text…: the chosen section's text in any of the three languages, with a live preview. */
    public void onEditText() {
        SectionRow row = vm.selectedSectionProperty().get();
        Profile profile = vm.profile().orElse(null);
        if (row == null || profile == null) {
            return;
        }
        dialogs.showForm(new SectionTextFormModel(services.profiles(), jobs, i18n, profile, row, saved -> vm.reload()));
    }

    /** Access…: the chosen section becomes restricted when public, public when restricted. */
    public void onToggleAccess() {
        SectionRow row = vm.selectedSectionProperty().get();
        Profile profile = vm.profile().orElse(null);
        if (row == null || profile == null) {
            return;
        }
        Access to = row.section().access() == Access.PUBLIC ? Access.RESTRICTED : Access.PUBLIC;
        if (!dialogs.confirm(i18n.get("profile.ui.access.title"),
                i18n.get("profile.ui.access.confirm", row.title(), i18n.name(to)))) {
            return;
        }
        jobs.run(i18n.get("profile.ui.job.access", row.title()),
                () -> services.profiles().setAccess(profile.id(), row.code(), to),
                changed -> vm.reload(), e -> dialogs.showError(i18n.describe(e)));
    }

    /** Publish version: after asking, freezes a new numbered version and says its number. */
    public void onPublish() {
        ProfileRow row = vm.selectedProfileProperty().get();
        if (row == null) {
            return;
        }
        if (!dialogs.confirm(i18n.get("profile.ui.publish.title"), i18n.get("profile.ui.publish.confirm", row.title()))) {
            return;
        }
        jobs.run(i18n.get("profile.ui.job.publish", row.title()),
                () -> services.publishing().publish(row.profile().id()),
                version -> {
                    vm.reload();
                    vm.setNotice(i18n.get("profile.ui.published", version.number(), row.title(),
                            i18n.date(version.publishedOn())));
                }, e -> dialogs.showError(i18n.describe(e)));
    }

    /** Versions…: the published versions, and what changed between two of them. */
    public void onVersions() {
        ProfileRow row = vm.selectedProfileProperty().get();
        if (row == null) {
            return;
        }
        jobs.run(i18n.get("profile.ui.job.versions", row.title()),
                () -> services.publishing().versions(row.profile().id()),
                versions -> dialogs.showForm(new VersionsFormModel(services, jobs, i18n, row, versions)),
                e -> dialogs.showError(i18n.describe(e)));
    }

    /** Sources…: every link of the profile in one table, with its title and the day it was last checked. */
    public void onSources() {
        ProfileRow row = vm.selectedProfileProperty().get();
        if (row == null) {
            return;
        }
        Map<String, String> sectionTitles = new LinkedHashMap<>();
        vm.sections().forEach(s -> sectionTitles.put(s.code(), s.title()));
        dialogs.showForm(new SourcesFormModel(services.sources(), jobs, i18n, row.profile(), row.title(),
                sectionTitles, LocalDate.now(clock)));
    }

    /** Update from round…: a round, what it would change, then applying it. */
    public void onUpdateFromRound() {
        ProfileRow row = vm.selectedProfileProperty().get();
        if (row == null) {
            return;
        }
        jobs.run(i18n.get("profile.ui.job.rounds"), () -> services.rounds().get(),
                rounds -> dialogs.showForm(new UpdateFormModel(services, jobs, i18n, row, rounds, plan -> {
                    vm.reload();
                    vm.setNotice(i18n.get("profile.ui.updated", plan.indicators().size(), plan.texts().size()));
                })), e -> dialogs.showError(i18n.describe(e)));
    }

    /** Compare countries…: a route's countries side by side on their country profiles' figures. */
    public void onCompareCountries() {
        ProfileRow row = vm.selectedProfileProperty().get();
        if (row == null || row.profile().kind() != ProfileKind.ROUTE) {
            return;
        }
        dialogs.showForm(new RouteComparisonFormModel(services, jobs, dialogs, i18n, row, vm.sections(), section -> {
            vm.reload();
            vm.setNotice(i18n.get("profile.ui.compare.inserted", section));
        }));
    }

    /** Render…: the profile, its dialogue's profiles or every profile as PDF and Word files in a folder. */
    public void onRender() {
        ProfileRow row = vm.selectedProfileProperty().get();
        if (row == null) {
            return;
        }
        jobs.run(i18n.get("profile.ui.job.profiles"), () -> services.profiles().profiles(),
                every -> dialogs.showForm(new RenderFormModel(services.batch(), jobs, dialogs, i18n, row, every)),
                e -> dialogs.showError(i18n.describe(e)));
    }

    /** Only a route has countries to compare. */
    public BooleanBinding canCompareCountries() {
        return Bindings.createBooleanBinding(() -> vm.selectedProfileProperty().get() != null
                && vm.selectedProfileProperty().get().profile().kind() == ProfileKind.ROUTE,
                vm.selectedProfileProperty());
    }

    /** Only a country profile is updated from a country's answers. */
    public BooleanBinding canUpdateFromRound() {
        return Bindings.createBooleanBinding(() -> vm.selectedProfileProperty().get() != null
                && vm.selectedProfileProperty().get().profile().kind() == ProfileKind.COUNTRY,
                vm.selectedProfileProperty());
    }

    public BooleanBinding canChangeSection() {
        return vm.selectedSectionProperty().isNotNull();
    }

    public BooleanBinding canPublish() {
        return Bindings.createBooleanBinding(() -> vm.selectedProfileProperty().get() != null,
                vm.selectedProfileProperty());
    }
}
