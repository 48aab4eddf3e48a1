package org.dialoguedesk.app;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.common.Settings;
import org.dialoguedesk.exchange.ui.BundlesView;
import org.dialoguedesk.exchange.ui.BundlesViewModel;
import org.dialoguedesk.meeting.ui.AfterMeetingPane;
import org.dialoguedesk.meeting.ui.AfterMeetingViewModel;
import org.dialoguedesk.meeting.ui.ConclusionsViewModel;
import org.dialoguedesk.meeting.ui.InviteForm;
import org.dialoguedesk.meeting.ui.InviteFormModel;
import org.dialoguedesk.meeting.ui.MeetingForms;
import org.dialoguedesk.meeting.ui.MeetingsView;
import org.dialoguedesk.meeting.ui.MeetingsViewModel;
import org.dialoguedesk.profile.ui.ProfileServices;
import org.dialoguedesk.profile.ui.RoundChoice;
import org.dialoguedesk.profile.ui.IndicatorFormModel;
import org.dialoguedesk.profile.ui.IndicatorFormView;
import org.dialoguedesk.profile.ui.RenderFormModel;
import org.dialoguedesk.profile.ui.RenderFormView;
import org.dialoguedesk.profile.ui.SectionTextFormModel;
import org.dialoguedesk.profile.ui.SourcesFormModel;
import org.dialoguedesk.profile.ui.SourcesView;
import org.dialoguedesk.profile.ui.SectionTextView;
import org.dialoguedesk.profile.ui.UpdateFormModel;
import org.dialoguedesk.profile.ui.UpdateFormView;
import org.dialoguedesk.profile.ui.ComparisonInsertFormModel;
import org.dialoguedesk.profile.ui.ComparisonInsertView;
import org.dialoguedesk.profile.ui.RouteComparisonFormModel;
import org.dialoguedesk.profile.ui.RouteComparisonView;
import org.dialoguedesk.profile.ui.ProfilesView;
import org.dialoguedesk.profile.ui.ProfilesViewModel;
import org.dialoguedesk.profile.ui.SectionStatusFormModel;
import org.dialoguedesk.profile.ui.SectionStatusFormView;
import org.dialoguedesk.profile.ui.VersionsFormModel;
import org.dialoguedesk.profile.ui.VersionsView;
import org.dialoguedesk.questionnaire.Round;
import org.dialoguedesk.questionnaire.ui.RoundFormModel;
import org.dialoguedesk.questionnaire.ui.RoundFormView;
import org.dialoguedesk.questionnaire.ui.RoundRecipientFormModel;
import org.dialoguedesk.questionnaire.ui.RoundRecipientFormView;
import org.dialoguedesk.questionnaire.ui.RoundServices;
import org.dialoguedesk.questionnaire.ui.RoundStatusFormModel;
import org.dialoguedesk.questionnaire.ui.RoundStatusFormView;
import org.dialoguedesk.questionnaire.ui.AnswerForms;
import org.dialoguedesk.questionnaire.ui.RoundAnswerServices;
import org.dialoguedesk.questionnaire.ui.RoundsView;
import org.dialoguedesk.questionnaire.ui.RoundsViewModel;
import org.dialoguedesk.questionnaire.ui.TemplateForms;
import org.dialoguedesk.questionnaire.ui.TemplatesView;
import org.dialoguedesk.questionnaire.ui.TemplatesViewModel;
import org.dialoguedesk.render.sheet.SpreadsheetTableFiles;
import org.dialoguedesk.roster.ui.ContactFormModel;
import org.dialoguedesk.roster.ui.ContactFormView;
import org.dialoguedesk.roster.ui.ContactsView;
import org.dialoguedesk.roster.ui.ContactsViewModel;
import org.dialoguedesk.roster.ui.CountryView;
import org.dialoguedesk.roster.ui.CountryViewModel;
import org.dialoguedesk.roster.ui.DialoguesView;
import org.dialoguedesk.roster.ui.DialogueFormModel;
import org.dialoguedesk.roster.ui.DialogueFormView;
import org.dialoguedesk.roster.ui.DialoguesViewModel;
import org.dialoguedesk.roster.ui.ExportFormModel;
import org.dialoguedesk.roster.ui.ExportFormView;
import org.dialoguedesk.roster.ui.ImportMappingFormModel;
import org.dialoguedesk.roster.ui.ImportMappingView;
import org.dialoguedesk.roster.ui.ImportReportFormModel;
import org.dialoguedesk.roster.ui.ImportReportView;
import org.dialoguedesk.roster.ui.MembershipFormModel;
import org.dialoguedesk.roster.ui.MembershipFormView;
import org.dialoguedesk.roster.ui.OrganisationFormModel;
import org.dialoguedesk.roster.ui.OrganisationFormView;
import org.dialoguedesk.roster.ui.OrganisationsView;
import org.dialoguedesk.roster.ui.OrganisationsViewModel;
import org.dialoguedesk.roster.ui.RoleFormModel;
import org.dialoguedesk.roster.ui.RoleFormView;
import org.dialoguedesk.ui.DialogService;
import org.dialoguedesk.ui.FxDialogService;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.JobRunner;
import org.dialoguedesk.ui.MainWindow;
import org.dialoguedesk.ui.Screen;
import org.dialoguedesk.ui.SettingsFormModel;
import org.dialoguedesk.ui.SettingsView;

/**
 * The window's composition: opens the desk through the job runner (the window shows "opening…"
 * meanwhile), asks the officer's name on first start, and builds the screens for the chosen
 * language. A new language builds everything anew, mirrored for Arabic.
 */
final class DeskWindow {

    /** What is read from the desk before the screens are built. */
    private record Opened(Desk desk, Optional<String> officer, Optional<Lang> language) {
    }

    private final Stage stage;
    private final JobRunner jobs;
    private final Scene scene;
    private final UnaryOperator<DialogService> screenDialogs;
    private final ReadOnlyStringWrapper officerName = new ReadOnlyStringWrapper(this, "officerName", "");
    private Desk desk;
    private Lang lang;
    private I18n i18n;
    private FxDialogService dialogs;
    private MainWindow window;

    DeskWindow(Stage stage, JobRunner jobs, Lang initial) {
        this(stage, jobs, initial, UnaryOperator.identity());
    }

    /**
     * @param screenDialogs wraps the dialogs the screens use: tests answer the file choosers, which
     *        are native windows no robot can drive
     */
    DeskWindow(Stage stage, JobRunner jobs, Lang initial, UnaryOperator<DialogService> screenDialogs) {
        this.stage = stage;
        this.screenDialogs = screenDialogs;
        this.jobs = jobs;
        this.lang = initial;
        this.i18n = new I18n(initial);
        this.window = new MainWindow(i18n, jobs, officerName, () -> { });
        this.dialogs = new FxDialogService(stage, i18n);
        this.scene = new Scene(window.root(), 1200, 760);
        stage.setScene(scene);
        stage.setTitle(i18n.get("ui.app.name"));
        stage.setMinWidth(900);
        stage.setMinHeight(560);
    }

    /** The language of the machine if the desk speaks it, else English: used until the settings are read. */
    static Lang systemLanguage() {
        return Lang.fromCode(Locale.getDefault().getLanguage()).orElse(Lang.EN);
    }

    /**
     * Shows the window in its "opening" state and opens the desk on the store thread.
     *
     * @param onFailure called on the FX thread when the desk cannot be opened
     */
    void open(Supplier<Desk> opener, Consumer<Throwable> onFailure) {
        window.showOpening();
        stage.show();
        jobs.run(i18n.get("ui.job.open"), () -> {
            Desk d = opener.get();
            return new Opened(d, d.settings().get(Settings.OFFICER_NAME).filter(s -> !s.isBlank()),
                    d.settings().get(Settings.UI_LANGUAGE).flatMap(Lang::fromCode));
        }, opened -> {
            desk = opened.desk();
            officerName.set(opened.officer().orElse(""));
            build(opened.language().orElse(lang));
            if (opened.officer().isEmpty()) {
                dialogs.showForm(settingsForm(true));
            }
        }, onFailure);
    }

    private SettingsFormModel settingsForm(boolean firstStart) {
        return new SettingsFormModel(desk.settings(), jobs, i18n, officerName.get(), lang, firstStart, saved -> {
            officerName.set(saved.officerName());
            if (saved.language() != lang) {
                build(saved.language());
            }
        });
    }

    /** Builds the screens in that language, replacing the ones shown. */
    void build(Lang language) {
        String showing = window.current().map(Screen::key).orElse(null);
        window.hideCurrent();
        lang = language;
        i18n = new I18n(language);
        dialogs = new FxDialogService(stage, i18n);
        dialogs.register(SettingsFormModel.class, m -> SettingsView.of(m, i18n));
        dialogs.register(ContactFormModel.class, m -> ContactFormView.of(m, i18n));
        dialogs.register(MembershipFormModel.class, m -> MembershipFormView.of(m, i18n));
        dialogs.register(RoleFormModel.class, m -> RoleFormView.of(m, i18n));
        dialogs.register(OrganisationFormModel.class, m -> OrganisationFormView.of(m, i18n));
        dialogs.register(DialogueFormModel.class, m -> DialogueFormView.of(m, i18n));
        dialogs.register(ImportMappingFormModel.class, m -> ImportMappingView.of(m, i18n));
        dialogs.register(ImportReportFormModel.class, m -> ImportReportView.of(m, i18n));
        dialogs.register(ExportFormModel.class, m -> ExportFormView.of(m, i18n));
        dialogs.register(RoundFormModel.class, m -> RoundFormView.of(m, i18n));
        dialogs.register(RoundStatusFormModel.class, m -> RoundStatusFormView.of(m, i18n));
        dialogs.register(RoundRecipientFormModel.class, m -> RoundRecipientFormView.of(m, i18n));
        dialogs.register(SectionStatusFormModel.class, m -> SectionStatusFormView.of(m, i18n));
        dialogs.register(VersionsFormModel.class, m -> VersionsView.of(m, i18n));
        dialogs.register(UpdateFormModel.class, m -> UpdateFormView.of(m, i18n));
        dialogs.register(SectionTextFormModel.class, m -> SectionTextView.of(m, i18n));
        dialogs.register(SourcesFormModel.class, m -> SourcesView.of(m, i18n));
        dialogs.register(RouteComparisonFormModel.class, m -> RouteComparisonView.of(m, i18n));
        dialogs.register(ComparisonInsertFormModel.class, m -> ComparisonInsertView.of(m, i18n));
        dialogs.register(IndicatorFormModel.class, m -> IndicatorFormView.of(m, i18n));
        dialogs.register(RenderFormModel.class, m -> RenderFormView.of(m, i18n));
        dialogs.register(InviteFormModel.class, m -> InviteForm.of(m, i18n));
        TemplateForms.register(dialogs, i18n);
        AnswerForms.register(dialogs, i18n);
        MeetingForms.register(dialogs, i18n);
        window = new MainWindow(i18n, jobs, officerName, () -> dialogs.showForm(settingsForm(false)));
        window.showScreens(screens());
        if (showing != null) {
            window.select(showing);
        }
        scene.setRoot(window.root());
        stage.setTitle(i18n.get("ui.app.name"));
    }

    private List<Screen> screens() {
        DialogService forScreens = screenDialogs.apply(dialogs);
        return List.of(
                new DialoguesView(new DialoguesViewModel(desk.roster(), jobs, forScreens, i18n, desk.clock()), i18n),
                new CountryView(new CountryViewModel(desk.roster(), jobs, i18n, desk.clock()), i18n),
                new OrganisationsView(new OrganisationsViewModel(desk.roster(), jobs, forScreens, i18n), i18n),
                new ContactsView(new ContactsViewModel(desk.contacts(), desk.roster(), desk.contactImport(),
                        desk.contactExport(), jobs, forScreens, i18n, desk.clock()), i18n),
                new TemplatesView(new TemplatesViewModel(desk.questionnaireTemplates(), desk.xlsForms(), jobs,
                        forScreens, i18n), i18n),
                new RoundsView(new RoundsViewModel(roundServices(), new RoundAnswerServices(desk.answers(),
                        desk.formImport(), desk.answerTables(), new SpreadsheetTableFiles()), jobs, forScreens, i18n,
                        desk.clock()), i18n),
                new ProfilesView(new ProfilesViewModel(profileServices(desk), jobs, forScreens, i18n, desk.clock()),
                        i18n),
                new MeetingsView(new MeetingsViewModel(desk.meetings(), desk.invitations(), desk.roster(), jobs,
                        forScreens, i18n, desk.clock()),
                        new AfterMeetingPane(new AfterMeetingViewModel(desk.meetings(), desk.roster(), jobs, forScreens,
                                i18n), new ConclusionsViewModel(desk.conclusions(), desk.meetings(), desk.roster(), jobs,
                                i18n), i18n), i18n),
                new BundlesView(new BundlesViewModel(desk.bundles().importer(), desk.recordMerge(), desk.officer(),
                        desk.clock(), jobs, forScreens, i18n), i18n));
    }

    /** The profiles screen's services; it knows rounds only by id and title, newest first. */
    static ProfileServices profileServices(Desk desk) {
        return new ProfileServices(desk.profiles(), desk.profilePublishing(), desk.profileCompiler(), desk.roster(),
                () -> desk.rounds().rounds().stream()
                        .sorted(Comparator.comparing(Round::createdOn).reversed().thenComparing(Round::title))
                        .map(r -> new RoundChoice(r.id(), r.title())).toList(), desk.profileSources(),
                desk.routeComparisons(), desk.profileBatch());
    }

    private RoundServices roundServices() {
        return new RoundServices(desk.rounds(), desk.questionnaireTemplates(), desk.roundCompleteness(),
                desk.roundForms(), desk.roundPrints(), desk.roster(), desk.contacts());
    }

    /** An error no screen handled: shown in an alert in the current language. */
    void showError(Throwable e) {
        dialogs.showError(i18n.describe(e));
    }

    /** Leaves the current screen before the window closes. */
    void leave() {
        window.hideCurrent();
    }

    Optional<Desk> desk() {
        return Optional.ofNullable(desk);
    }

    MainWindow mainWindow() {
        return window;
    }

    ReadOnlyStringProperty officerNameProperty() {
        return officerName.getReadOnlyProperty();
    }

    Lang language() {
        return lang;
    }

    I18n i18n() {
        return i18n;
    }
}
