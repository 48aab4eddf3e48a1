package org.dialoguedesk.app;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.dialoguedesk.TestBundles;
import org.dialoguedesk.TestDesks;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.common.Localized;
import org.dialoguedesk.meeting.Meeting;
import org.dialoguedesk.meeting.ParticipantStatus;
import org.dialoguedesk.profile.ProfileKind;
import org.dialoguedesk.profile.TranslationState;
import org.dialoguedesk.profile.ui.ProfileRow;
import org.dialoguedesk.profile.ui.SectionRow;
import org.dialoguedesk.profile.ui.SourceRow;
import org.dialoguedesk.questionnaire.ui.RoundRecipientRow;
import org.dialoguedesk.questionnaire.TemplateVersion;
import org.dialoguedesk.questionnaire.ui.OutlinePosition;
import org.dialoguedesk.questionnaire.ui.OutlineRow;
import org.dialoguedesk.roster.ConsentBasis;
import org.dialoguedesk.roster.Contact;
import org.dialoguedesk.roster.Contact.ContactDetails;
import org.dialoguedesk.roster.Country;
import org.dialoguedesk.roster.Dialogue;
import org.dialoguedesk.roster.MembershipRole;
import org.dialoguedesk.roster.Organisation;
import org.dialoguedesk.roster.OrganisationType;
import org.dialoguedesk.ui.FxJobRunner;
import org.dialoguedesk.ui.Theme;

/**
 * Not a test: a developer's tool that drives the real window (real fonts and text shaping, under
 * Xvfb) through the screens and writes a PNG of each state, to look at what users see.
 * Run: {@code xvfb-run java -cp <test-classes:classes:deps> org.dialoguedesk.app.LookHarness OUT_DIR}.
 */
public final class LookHarness {

    private final Path out;
    private final AnsweringFileChoosers.Answers files = new AnsweringFileChoosers.Answers();
    private Stage stage;
    private DeskWindow window;
    private FxJobRunner jobs;

    private LookHarness(Path out) {
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/look");
        Files.createDirectories(out);
        new LookHarness(out).run();
        Platform.exit();
        System.exit(0);
    }

    private void run() throws Exception {
        Path dir = Files.createTempDirectory("look");
        files.open = dir.resolve("partners.csv");
        Files.writeString(files.open, "Nom complet,Courriel,Pays,Téléphone,Remarks\n"
                + "Omar Zerhouni,o.zerhouni@example.ma,MAR,+212 5 37 11 22 33,met in Rabat\n"
                + "Fatou Sow,f.sow-at-example.sn,SEN,,\n"
                + "Karim Lahlou,k.lahlou@example.gov,MAR,,\n"
                + "Layla Haddad,l.haddad@example.jo,Atlantis,12,\n");
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get();
        jobs = new FxJobRunner(Throwable::printStackTrace);
        fx(() -> {
            Theme.install();
            stage = new Stage();
            window = new DeskWindow(stage, jobs, Lang.EN, real -> new AnsweringFileChoosers(real, files));
            window.open(() -> UiTestDesks.withSampleData(dir), Throwable::printStackTrace);
            return null;
        });
        for (int i = 0; i < 60 && fx(() -> node("#dialogue-list")) == null; i++) {
            settle();
        }
        settle();
        if ("meetings".equals(System.getProperty("look.only"))) {
            shootMeetings("50-");
            shootInvite("50-");
            shootMeetingForms("52-");
            shootAfterMeeting("52-", "The co-chairs thanked Karim Tazi for his account.");
            fx(() -> {
                window.build(Lang.AR);
                return null;
            });
            settle();
            shootMeetings("51-ar-");
            shootInvite("51-ar-");
            shootMeetingForms("53-ar-");
            shootAfterMeeting("53-ar-", "\u0634\u0643\u0631 \u0627\u0644\u0631\u0626\u064a\u0633\u0627\u0646 "
                    + "Karim Tazi \u0639\u0644\u0649 \u0639\u0631\u0636\u0647.");
            return;
        }
        if ("bundles".equals(System.getProperty("look.only"))) {
            shootBundles(dir);
            return;
        }
        if ("profiles".equals(System.getProperty("look.only"))) {
            shootProfiles("40-", true);
            fx(() -> {
                window.build(Lang.AR);
                return null;
            });
            settle();
            shootProfiles("41-ar-", false);
            return;
        }
        shoot("01-dialogues");
        fx(() -> {
            ListView<Dialogue> list = node("#dialogue-list");
            list.getSelectionModel().select(list.getItems().stream().filter(d -> d.key().equals("MTM")).findFirst()
                    .orElseThrow());
            return null;
        });
        settle();
        shoot("02-mtm");
        shootDialogueForm("02b-edit-dialogue");
        fx(() -> {
            ComboBox<MembershipRole> role = node("#role-filter");
            role.setValue(MembershipRole.PARTNER_STATE);
            DatePicker asOf = node("#as-of-date");
            asOf.setValue(LocalDate.of(2008, 6, 30));
            return null;
        });
        settle();
        shoot("03-as-of");
        fx(() -> {
            ((Button) node("#add-membership")).fire();
            return null;
        });
        settle();
        shootDialog("04-add-membership");
        fx(() -> {
            ((Button) dialogNode("#form-submit")).fire();
            return null;
        });
        settle();
        shootDialog("05-add-membership-error");
        fx(() -> {
            dialogStage().close();
            window.mainWindow().select("contacts");
            return null;
        });
        settle();
        shoot("06-contacts");
        fx(() -> {
            ((TextField) node("#contact-search")).setText("lahl");
            return null;
        });
        settle();
        fx(() -> {
            ((TableView<?>) node("#contacts-table")).getSelectionModel().select(0);
            return null;
        });
        settle();
        shoot("07-contacts-search");
        fx(() -> {
            ((Button) node("#add-contact")).fire();
            return null;
        });
        settle();
        fx(() -> {
            ((TextField) dialogNode("#contact-name")).setText("Karim Lahlou");
            ((TextField) dialogNode("#contact-emails")).setText("k.lahlou-at-example.gov");
            ((Button) dialogNode("#form-submit")).fire();
            return null;
        });
        settle();
        shootDialog("08-contact-inline-error");
        fx(() -> {
            ((TextField) dialogNode("#contact-emails")).setText("k.lahlou@example.gov");
            ((Button) dialogNode("#form-submit")).fire();
            return null;
        });
        settle();
        shootDialog("09-contact-duplicate");
        fx(() -> {
            dialogStage().close();
            return null;
        });
        settle();
        contactFilesAndConsent("");
        fx(() -> {
            window.mainWindow().select("country");
            return null;
        });
        settle();
        fx(() -> {
            ComboBox<Country> picker = node("#country-picker");
            picker.setValue(picker.getItems().stream().filter(c -> c.code().equals("MAR")).findFirst().orElseThrow());
            return null;
        });
        settle();
        shoot("10-country");
        shootOrganisations("10b");
        shootRounds("30-");
        shootTemplates("30");
        shootProfiles("40-", true);
        fx(() -> {
            window.build(Lang.AR);
            return null;
        });
        settle();
        shoot("11-ar-country");
        fx(() -> {
            window.mainWindow().select("dialogues");
            return null;
        });
        settle();
        shoot("12-ar-dialogues");
        shootDialogueForm("12b-ar-edit-dialogue");
        shootOrganisations("12c-ar");
        shootRounds("31-ar-");
        shootTemplates("ar-30");
        shootProfiles("41-ar-", false);
        fx(() -> {
            window.mainWindow().select("contacts");
            return null;
        });
        settle();
        fx(() -> {
            ((TableView<?>) node("#contacts-table")).getSelectionModel().select(0);
            return null;
        });
        settle();
        shoot("13-ar-contacts");
        fx(() -> {
            ((Button) node("#add-contact")).fire();
            return null;
        });
        settle();
        fx(() -> {
            ((Button) dialogNode("#form-submit")).fire();
            return null;
        });
        settle();
        shootDialog("14-ar-contact-form");
        fx(() -> {
            dialogStage().close();
            return null;
        });
        settle();
        contactFilesAndConsent("ar-");
        fire("#open-settings");
        shootDialog("16b-ar-settings");
        fx(() -> {
            dialogStage().close();
            return null;
        });
        settle();
        fx(() -> {
            window.build(Lang.FR);
            return null;
        });
        settle();
        shoot("15-fr-contacts");
        fx(() -> {
            ((Button) node("#open-settings")).fire();
            return null;
        });
        settle();
        shootDialog("16-fr-settings");
        fx(() -> {
            dialogStage().close();
            return null;
        });
        settle();
        shootRounds("32-fr-");
    }

    /**
     * The rounds screen on the sample MTM round: the board, a recipient chosen with its history, the
     * change-status form, the new-round form with its problems, and the forms written to a folder.
     */
    @SuppressWarnings("unchecked")
    private void shootRounds(String prefix) throws Exception {
        fx(() -> {
            window.mainWindow().select("rounds");
            return null;
        });
        settle();
        shoot(prefix + "rounds-board");
        fx(() -> {
            TableView<RoundRecipientRow> table = node("#round-recipients");
            RoundRecipientRow egypt = table.getItems().stream().filter(r -> r.countryCode().equals("EGY"))
                    .findFirst().orElseThrow();
            table.getSelectionModel().select(egypt);
            table.scrollTo(egypt);
            return null;
        });
        settle();
        shoot(prefix + "rounds-recipient");
        fire("#change-status");
        shootDialog(prefix + "rounds-change-status");
        fx(() -> {
            dialogStage().close();
            return null;
        });
        fire("#new-round");
        fx(() -> {
            ComboBox<Dialogue> dialogue = dialogNode("#round-dialogue");
            dialogue.setValue(dialogue.getItems().stream().filter(d -> d.key().equals("MTM")).findFirst()
                    .orElseThrow());
            return null;
        });
        settle();
        fx(() -> {
            ((Button) dialogNode("#form-submit")).fire();
            return null;
        });
        settle();
        shootDialog(prefix + "rounds-new-round");
        fx(() -> {
            dialogStage().close();
            return null;
        });
        settle();
        files.folder = Files.createTempDirectory("look-forms");
        fire("#generate-forms");
        shoot(prefix + "rounds-forms-written");
        shootAnswers(prefix, files.folder);
    }

    /**
     * The answers tab on Lebanon (flagged answers), the answer form of a flagged table, and the import
     * dialog checking two returned forms, one of them with a wrong cell.
     */
    @SuppressWarnings("unchecked")
    private void shootAnswers(String prefix, Path forms) throws Exception {
        fx(() -> {
            TableView<RoundRecipientRow> table = node("#round-recipients");
            RoundRecipientRow lebanon = table.getItems().stream().filter(r -> r.countryCode().equals("LBN"))
                    .findFirst().orElseThrow();
            table.getSelectionModel().select(lebanon);
            javafx.scene.control.TabPane tabs = node("#round-tabs");
            tabs.getSelectionModel().select(1);
            return null;
        });
        settle();
        fx(() -> {
            TableView<org.dialoguedesk.questionnaire.ui.AnswerRow> answers = node("#review-answers");
            var flagged = answers.getItems().stream().filter(r -> r.code().equals("q_detect_02")).findFirst()
                    .orElseThrow();
            answers.getSelectionModel().select(flagged);
            answers.scrollTo(flagged);
            return null;
        });
        settle();
        shoot(prefix + "answers-review");
        fire("#review-edit");
        shootDialog(prefix + "answers-edit-table");
        fx(() -> {
            dialogStage().close();
            return null;
        });
        settle();
        List<Path> returned = new ArrayList<>();
        try (var list = Files.list(forms)) {
            for (Path f : list.filter(f -> f.getFileName().toString().matches(".*-(SEN|NGA)-..\\.xlsx")).sorted()
                    .toList()) {
                try (org.dialoguedesk.render.form.FormFiller filler = org.dialoguedesk.render.form.FormFiller.open(f)) {
                    Lang lang = Lang.fromCode(f.getFileName().toString().replaceAll(".*-(..)\\.xlsx", "$1"))
                            .orElseThrow();
                    filler.fillAll(window.desk().orElseThrow().answers().version(window.desk().orElseThrow()
                            .rounds().findRound("MTM country profiles 2025").orElseThrow().id()), lang);
                    if (f.getFileName().toString().contains("-NGA-")) {
                        filler.set("q_detect_01:sea:y2021", "about 1200");
                    }
                    filler.save();
                }
                returned.add(f);
            }
        }
        files.openMany = returned;
        fx(() -> {
            javafx.scene.control.TabPane tabs = node("#round-tabs");
            tabs.getSelectionModel().select(0);
            return null;
        });
        fire("#import-forms");
        shootDialog(prefix + "answers-import-check");
        fx(() -> {
            dialogStage().close();
            return null;
        });
        settle();
    }

    /** The edit form of the dialogue shown, then closed. */
    private void shootDialogueForm(String name) throws Exception {
        fx(() -> {
            ((Button) node("#edit-dialogue")).fire();
            return null;
        });
        settle();
        shootDialog(name);
        fx(() -> {
            dialogStage().close();
            return null;
        });
        settle();
    }

    /** The organisations screen with a ministry chosen, then a new ministry submitted without its country. */
    private void shootOrganisations(String prefix) throws Exception {
        fx(() -> {
            window.mainWindow().select("organisations");
            return null;
        });
        settle();
        fx(() -> {
            TableView<Organisation> table = node("#organisations-table");
            table.getSelectionModel().select(table.getItems().stream().filter(o -> o.refKey().equals("MAR_MOI"))
                    .findFirst().orElseThrow());
            return null;
        });
        settle();
        shoot(prefix + "-organisations");
        fx(() -> {
            ((Button) node("#add-organisation")).fire();
            return null;
        });
        settle();
        fx(() -> {
            ((TextField) dialogNode("#organisation-acronym")).setText("MID");
            ((TextField) dialogNode("#organisation-name-en")).setText("Ministry of Interior and Decentralisation");
            ((TextField) dialogNode("#organisation-name-ar")).setText("وزارة الداخلية واللامركزية");
            ComboBox<OrganisationType> type = dialogNode("#organisation-type");
            type.setValue(OrganisationType.MINISTRY);
            ((TextField) dialogNode("#organisation-key")).setText("mrt moi");
            ((Button) dialogNode("#form-submit")).fire();
            return null;
        });
        settle();
        shootDialog(prefix + "-organisation-form-error");
        fx(() -> {
            dialogStage().close();
            return null;
        });
        settle();
    }

    /**
     * The questionnaire templates: the frozen sample version, a draft made from it with a table
     * question chosen, its question form (then with a bad code), the preview in Arabic (top, then
     * scrolled to the tables), and the report of an XLSForm import of the exported version.
     */
    @SuppressWarnings("unchecked")
    private void shootTemplates(String prefix) throws Exception {
        Path previousOpen = files.open;
        fx(() -> {
            window.mainWindow().select("questionnaires");
            return null;
        });
        settle();
        fx(() -> {
            ListView<TemplateVersion> versions = node("#version-list");
            versions.getSelectionModel().select(0);
            return null;
        });
        settle();
        shoot(prefix + "-questionnaires-frozen");
        fx(() -> {
            ListView<TemplateVersion> versions = node("#version-list");
            if (versions.getItems().size() == 1) {
                ((Button) node("#new-version")).fire();
            } else {
                versions.getSelectionModel().select(versions.getItems().size() - 1);
            }
            return null;
        });
        settle();
        fx(() -> {
            ListView<OutlineRow> outline = node("#template-outline");
            OutlineRow table = outline.getItems().stream()
                    .filter(r -> r.position().equals(new OutlinePosition(1, 0))).findFirst().orElseThrow();
            outline.getSelectionModel().select(table);
            outline.scrollTo(table);
            return null;
        });
        settle();
        shoot(prefix + "-questionnaires-draft");
        fire("#edit-outline-item");
        shootDialog(prefix + "-question-form");
        fx(() -> {
            ((ScrollPane) dialogStage().getScene().lookup(".form-scroll")).setVvalue(1.0);
            return null;
        });
        settle();
        shootDialog(prefix + "-question-form-table");
        fx(() -> {
            ((TextField) dialogNode("#question-code")).setText("Detections 2024");
            ((Button) dialogNode("#form-submit")).fire();
            return null;
        });
        settle();
        shootDialog(prefix + "-question-form-error");
        fx(() -> {
            dialogStage().close();
            ((ToggleButton) node("#preview-ar")).fire();
            return null;
        });
        settle();
        shoot(prefix + "-questionnaires-preview-ar");
        fx(() -> {
            ((ScrollPane) node("#preview-scroll")).setVvalue(0.22);
            return null;
        });
        settle();
        shoot(prefix + "-questionnaires-preview-ar-tables");
        fx(() -> {
            ((ToggleButton) node("#preview-" + window.language().code())).fire();
            return null;
        });
        files.save = Files.createTempDirectory("look-xlsform").resolve("questionnaire.xlsx");
        fire("#export-xlsform");
        files.open = files.save;
        fire("#import-xlsform");
        shootDialog(prefix + "-xlsform-import-report");
        fx(() -> {
            dialogStage().close();
            return null;
        });
        settle();
        files.open = previousOpen;
    }

    /** The contacts screen's import (columns, report with problems), export form and consent fields. */
    @SuppressWarnings("unchecked")
    private void contactFilesAndConsent(String prefix) throws Exception {
        fire("#import-contacts");
        shootDialog(prefix + "20-import-mapping");
        fx(() -> {
            ((Button) dialogNode("#form-submit")).fire();
            return null;
        });
        settle();
        shootDialog(prefix + "21-import-report");
        fx(() -> {
            dialogStage().close();
            return null;
        });
        fire("#export-contacts");
        shootDialog(prefix + "22-export-form");
        fx(() -> {
            dialogStage().close();
            ((TableView<?>) node("#contacts-table")).getSelectionModel().select(0);
            ((Button) node("#edit-contact")).fire();
            return null;
        });
        settle();
        fx(() -> {
            ((ComboBox<ConsentBasis>) dialogNode("#contact-consent-basis")).setValue(ConsentBasis.PUBLIC_ROLE);
            ((DatePicker) dialogNode("#contact-consent-date")).setValue(LocalDate.now().plusDays(5));
            ((TextField) dialogNode("#contact-consent-source")).setText("MTM meeting 2024");
            ((Button) dialogNode("#form-submit")).fire();
            return null;
        });
        settle();
        shootDialog(prefix + "23-contact-consent-error");
        fx(() -> {
            ((DatePicker) dialogNode("#contact-consent-date")).setValue(LocalDate.now().minusYears(1));
            ((Button) dialogNode("#form-submit")).fire();
            return null;
        });
        settle();
        shoot(prefix + "24-contact-consent-details");
    }

    /**
     * The profiles screen on Morocco: its sections with their translation gaps, the change-status form of
     * a section, and the versions dialog comparing two published versions (published here the first time).
     */
    @SuppressWarnings("unchecked")
    /** The chosen section's figures with their charts, and the figure form with a bad year. */
    private void shootIndicators(String prefix) throws Exception {
        fx(() -> {
            TableView<SectionRow> table = node("#profile-sections");
            table.getSelectionModel().select(table.getItems().stream().filter(r -> r.code().equals("detection"))
                    .findFirst().orElseThrow());
            javafx.scene.control.TabPane tabs = node("#preview-tabs");
            tabs.getSelectionModel().select(0);
            return null;
        });
        settle();
        shoot(prefix + "profiles-preview-text");
        fx(() -> {
            javafx.scene.control.TabPane tabs = node("#preview-tabs");
            tabs.getSelectionModel().select(1);
            return null;
        });
        settle();
        shoot(prefix + "profiles-indicators");
        fx(() -> {
            TableView<SectionRow> table = node("#profile-sections");
            table.getSelectionModel().select(table.getItems().stream().filter(r -> r.code().equals("background"))
                    .findFirst().orElseThrow());
            return null;
        });
        settle();
        shoot(prefix + "profiles-indicators-bars");
        fire("#add-indicator");
        fx(() -> {
            ((TextField) dialogNode("#indicator-code")).setText("work_permits");
            ((TextField) dialogNode("#indicator-year")).setText("20x4");
            ((TextField) dialogNode("#indicator-value")).setText("many");
            ((TextField) dialogNode("#indicator-label-ar")).setText("تصاريح العمل الممنوحة للأجانب");
            ((TextField) dialogNode("#indicator-source-url")).setText("ministry website");
            return null;
        });
        settle();
        shootDialog(prefix + "profiles-indicator-form");
        fx(() -> {
            dialogStage().close();
            return null;
        });
        settle();
    }

    /** The meetings screen, each of its tabs; the participants narrowed to the no-shows. */
    private void shootMeetings(String prefix) throws Exception {
        fx(() -> {
            window.mainWindow().select("meetings");
            return null;
        });
        settle();
        shoot(prefix + "meetings-overview");
        for (String tab : List.of("agenda", "participants", "checklist")) {
            fx(() -> {
                TabPane tabs = node("#meeting-tabs");
                tabs.getSelectionModel().select(tabs.getTabs().stream()
                        .filter(t -> t.getId().equals("meeting-tab-" + tab)).findFirst().orElseThrow());
                return null;
            });
            settle();
            shoot(prefix + "meetings-" + tab);
        }
        fx(() -> {
            TabPane tabs = node("#meeting-tabs");
            tabs.getSelectionModel().select(2);
            ComboBox<ParticipantStatus> filter = node("#participant-status-filter");
            filter.setValue(ParticipantStatus.NO_SHOW);
            return null;
        });
        settle();
        shoot(prefix + "meetings-no-shows");
    }

    /** The invite-from-the-roster form on the sample meeting: three seats, partner states and experts. */
    private void shootInvite(String prefix) throws Exception {
        selectMeetingTab("participants");
        fire("#participant-invite");
        fx(() -> {
            ((javafx.scene.control.Spinner<?>) dialogNode("#invite-seats")).increment();
            ((CheckBox) dialogNode("#invite-group-experts")).setSelected(true);
            return null;
        });
        settle();
        shootDialog(prefix + "meetings-invite");
        closeDialog();
    }

    /**
     * The meeting editing forms: the meeting's (then refused for an end before the start), a session's,
     * and a participant's top and logistics.
     */
    private void shootMeetingForms(String prefix) throws Exception {
        fire("#meeting-edit");
        shootDialog(prefix + "meeting-form");
        fx(() -> {
            DatePicker end = dialogNode("#meeting-end");
            end.setValue(end.getValue().minusDays(5));
            ((Button) dialogNode("#form-submit")).fire();
            return null;
        });
        settle();
        fx(() -> {
            ScrollPane scroll = (ScrollPane) dialogStage().getScene()
                    .lookup(".form-scroll");
            scroll.setVvalue(0.7);
            return null;
        });
        settle();
        shootDialog(prefix + "meeting-form-refused");
        closeDialog();
        selectMeetingTab("agenda");
        editFirstRow("#meeting-agenda", "#session-edit");
        shootDialog(prefix + "session-form");
        closeDialog();
        selectMeetingTab("participants");
        editFirstRow("#meeting-participants", "#participant-edit");
        shootDialog(prefix + "participant-form");
        fx(() -> {
            ((ScrollPane) dialogStage().getScene().lookup(".form-scroll")).setVvalue(1);
            return null;
        });
        settle();
        shootDialog(prefix + "participant-form-logistics");
        closeDialog();
    }

    private void selectMeetingTab(String tab) throws Exception {
        fx(() -> {
            selectTab("#meeting-tabs", "meeting-tab-" + tab);
            return null;
        });
        settle();
    }

    /** Selects a table's first row and fires the button that edits it. */
    private void editFirstRow(String tableId, String buttonId) throws Exception {
        fx(() -> {
            TableView<?> table = node(tableId);
            table.getSelectionModel().select(0);
            return null;
        });
        fire(buttonId);
    }

    private void closeDialog() throws Exception {
        fx(() -> {
            dialogStage().close();
            return null;
        });
        settle();
    }

    /**
     * The meetings screen's "After the meeting" tab: statistics (also in a smaller window, to see the
     * charts drawn again), news items, notes and conclusions, then conclusions naming a participant,
     * refused in the warning style with the text kept.
     */
    private void shootAfterMeeting(String prefix, String naming) throws Exception {
        for (String section : List.of("statistics", "news", "conclusions")) {
            fx(() -> {
                selectTab("#meeting-tabs", "meeting-tab-after");
                selectTab("#after-sections", "after-tab-" + section);
                return null;
            });
            settle();
            shoot(prefix + "after-" + section);
            if (section.equals("statistics")) {
                fx(() -> {
                    stage.setWidth(stage.getWidth() - 300);
                    stage.setHeight(stage.getHeight() - 120);
                    return null;
                });
                settle();
                shoot(prefix + "after-statistics-smaller");
                fx(() -> {
                    stage.setWidth(stage.getWidth() + 300);
                    stage.setHeight(stage.getHeight() + 120);
                    return null;
                });
                settle();
            }
        }
        fx(() -> {
            ChoiceBox<Lang> language = node("#conclusions-language");
            language.setValue(Lang.AR);
            return null;
        });
        settle();
        fx(() -> {
            TextArea text = node("#conclusions-text");
            text.setText(naming);
            ((Button) node("#conclusions-save")).fire();
            return null;
        });
        settle();
        shoot(prefix + "after-conclusions-refused");
    }

    private void selectTab(String paneId, String tabId) {
        TabPane tabs = node(paneId);
        tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> t.getId().equals(tabId)).findFirst()
                .orElseThrow());
    }

    private void shootProfiles(String prefix, boolean publish) throws Exception {
        fx(() -> {
            window.mainWindow().select("profiles");
            return null;
        });
        settle();
        fx(() -> {
            ListView<ProfileRow> list = node("#profile-list");
            list.getSelectionModel().select(list.getItems().stream()
                    .filter(r -> r.profile().kind() == ProfileKind.COUNTRY && r.profile().countryCode().equals("MAR"))
                    .findFirst().orElseThrow());
            return null;
        });
        settle();
        shoot(prefix + "profiles");
        shootIndicators(prefix);
        fx(() -> {
            TableView<SectionRow> table = node("#profile-sections");
            SectionRow stale = table.getItems().stream().filter(r -> r.states().containsValue(TranslationState.STALE))
                    .findFirst().orElse(table.getItems().get(0));
            table.getSelectionModel().select(stale);
            table.scrollTo(stale);
            return null;
        });
        settle();
        fire("#section-change-status");
        shootDialog(prefix + "profiles-change-status");
        fx(() -> {
            dialogStage().close();
            return null;
        });
        fire("#section-edit-text");
        @SuppressWarnings("unchecked")
        ComboBox<Lang> textLang = (ComboBox<Lang>) dialogNode("#section-text-lang");
        fx(() -> {
            textLang.setValue(Lang.AR);
            return null;
        });
        settle();
        shootDialog(prefix + "profiles-edit-text-ar");
        fx(() -> {
            dialogStage().close();
            return null;
        });
        if (publish) {
            Desk desk = window.desk().orElseThrow();
            ProfileRow morocco = fx(() -> ((ListView<ProfileRow>) node("#profile-list")).getSelectionModel()
                    .getSelectedItem());
            java.util.UUID id = morocco.profile().id();
            desk.profilePublishing().publish(id);
            SectionRow first = fx(() -> ((TableView<SectionRow>) node("#profile-sections")).getItems().get(0));
            String en = desk.profiles().text(id, first.code(), Lang.EN).orElseThrow().markdown();
            desk.profiles().saveText(id, first.code(), Lang.EN, en.replaceFirst("\\.", ",")
                    + "\nFigures updated from the 2025 questionnaire round.");
            desk.profilePublishing().publish(id);
            fx(() -> {
                window.mainWindow().select("rounds");
                return null;
            });
            settle();
            fx(() -> {
                window.mainWindow().select("profiles");
                return null;
            });
            settle();
            shoot(prefix + "profiles-published");
        }
        fire("#profile-versions");
        shootDialog(prefix + "profiles-versions");
        fx(() -> {
            dialogStage().close();
            return null;
        });
        settle();
        fire("#profile-update");
        shootDialog(prefix + "profiles-update");
        fx(() -> {
            dialogStage().close();
            return null;
        });
        settle();
        shootSources(prefix);
        shootRender(prefix, publish);
        shootRouteComparison(prefix);
    }

    /**
     * Render… on the chosen profile: the dialog with no folder yet (Render disabled, the hint saying so),
     * then every profile of its dialogue as public PDFs while it runs and at the end (the restricted route
     * profile not written, with the reason); with {@code finish} false, the run is cancelled instead.
     */
    private void shootRender(String prefix, boolean finish) throws Exception {
        files.folder = null;
        fire("#profile-render");
        fx(() -> {
            ((CheckBox) dialogNode("#render-lang-fr")).setSelected(false);
            ((CheckBox) dialogNode("#render-format-docx")).setSelected(false);
            return null;
        });
        settle();
        shootDialog(prefix + "profiles-render");
        files.folder = Files.createTempDirectory("look-render");
        fx(() -> {
            ((RadioButton) dialogNode("#render-scope-dialogue")).setSelected(true);
            ((CheckBox) dialogNode("#render-public")).setSelected(true);
            ((Button) dialogNode("#render-folder-choose")).fire();
            ((Button) dialogNode("#form-submit")).fire();
            return null;
        });
        // two files done of the twelve (the step text says "3 of 12", in Arabic digits in Arabic)
        for (int i = 0; i < 400 && fx(() -> ((ProgressBar) dialogNode("#render-progress")).getProgress()) < 2 / 12.0;
             i++) {
            awaitPulses(2);
        }
        awaitPulses(4);
        shootDialog(prefix + "profiles-render-running");
        if (!finish) {
            fx(() -> {
                ((Button) dialogNode("#render-cancel")).fire();
                return null;
            });
        }
        settle();
        shootDialog(prefix + "profiles-render-done");
        fx(() -> {
            dialogStage().close();
            return null;
        });
        settle();
    }

    /** The sources dialog of the chosen profile, a source chosen and a future accessed date refused inline. */
    @SuppressWarnings("unchecked")
    private void shootSources(String prefix) throws Exception {
        fire("#profile-sources-open");
        fx(() -> {
            TableView<SourceRow> table = (TableView<SourceRow>) dialogNode("#profile-sources");
            table.getSelectionModel().select(table.getItems().stream().filter(r -> r.source().accessed() == null)
                    .findFirst().orElse(table.getItems().get(0)));
            ((DatePicker) dialogNode("#source-accessed")).setValue(LocalDate.now().plusDays(2));
            ((Button) dialogNode("#source-save")).fire();
            return null;
        });
        settle();
        shootDialog(prefix + "profiles-sources");
        fx(() -> {
            dialogStage().close();
            return null;
        });
        settle();
    }

    /** The Central Mediterranean route's countries compared, and what inserting the table would change. */
    @SuppressWarnings("unchecked")
    private void shootRouteComparison(String prefix) throws Exception {
        fx(() -> {
            ListView<ProfileRow> list = node("#profile-list");
            list.getSelectionModel().select(list.getItems().stream()
                    .filter(r -> r.profile().kind() == ProfileKind.ROUTE).findFirst().orElseThrow());
            return null;
        });
        settle();
        shoot(prefix + "profiles-route");
        fire("#profile-compare");
        shootDialog(prefix + "profiles-compare");
        fx(() -> {
            ((Button) dialogNode("#comparison-insert")).fire();
            return null;
        });
        settle();
        fx(() -> {
            ComboBox<SectionRow> section = (ComboBox<SectionRow>) dialogNode("#comparison-section");
            section.setValue(section.getItems().stream().filter(r -> r.code().equals("detection")).findFirst()
                    .orElse(section.getItems().get(0)));
            return null;
        });
        settle();
        shootDialog(prefix + "profiles-compare-insert");
        fx(() -> {
            dialogStage().close();
            return null;
        });
        settle();
        fx(() -> {
            dialogStage().close();
            return null;
        });
        settle();
    }

    /**
     * The bundles screen with a bundle from another desk that shares the sample records and exchanged with
     * this one before: one contact was then edited on both (position, Arabic name, notes, emails), and one
     * meeting (dates and thematic area there, capacity and Arabic venue here). The log, the passphrase asked
     * and refused when wrong, the preview and its conflicts with a choice made; then in Arabic the same, and
     * the import done with the bundle's values.
     */
    private void shootBundles(Path dir) throws Exception {
        Desk here = window.desk().orElseThrow();
        Path bundle = dir.resolve("from-officer-a.ddbundle");
        try (Desk other = TestDesks.withSampleData(dir.resolve("other"))) {
            here.bundles().importer().open(TestBundles.exchange(other, dir.resolve("start.ddbundle"), Optional.empty()),
                    Optional.empty()).apply(Map.of(), here.clock().instant(), "Test Officer",
                    new org.dialoguedesk.bundle.ImportLogOutcome(org.dialoguedesk.bundle.ImportLogOutcome.Where.COMMAND, 0,
                            org.dialoguedesk.bundle.ImportLogOutcome.Resolution.KEEP_LOCAL).code());
            Contact there = other.contacts().all().stream().filter(c -> !c.details().nameAr().isEmpty())
                    .findFirst().orElseThrow();
            ContactDetails d = there.details();
            other.contacts().update(there, new ContactDetails(d.name(), d.nameAr(), d.title(),
                    "Director of borders, asylum and the fight against irregular migration", d.organisationId(),
                    d.countryCode(), List.of("director.borders@example.gov", "d.borders@example.org",
                    "secretariat.borders@example.gov", "private.line@example.net"), d.phones(), d.languages(),
                    "Met at the Rabat senior officials meeting.\nFollows the route profiles closely and asked for the"
                            + " 2025 questionnaire in Arabic and French.\nPrefers calls in the morning.\n"
                            + "Back-up: the deputy director.", d.consent(), d.publicationConsent()));
            Contact mine = here.contacts().find(there.id()).orElseThrow();
            ContactDetails m = mine.details();
            here.contacts().update(mine, new ContactDetails(m.name(), "\u0645\u062f\u064a\u0631 \u0627\u0644\u062d\u062f\u0648\u062f "
                    + m.nameAr(), m.title(), "Head of the migration unit", m.organisationId(), m.countryCode(),
                    List.of("head.unit@example.gov"), m.phones(), m.languages(), "Met in Accra.", m.consent(),
                    m.publicationConsent()));
            Meeting met = other.meetings().meetings().get(0);
            other.meetings().updateMeeting(new Meeting(met.meta(), met.dialogueId(), met.type(), met.title(),
                    "Labour migration and skills partnerships", met.hostCountry(), met.city(), met.venue(),
                    met.startDate().plusWeeks(1), met.endDate().plusWeeks(1), met.coChairs(), met.workingLanguages(),
                    met.booths(), met.capacity(), met.status(), met.sample()));
            Meeting held = here.meetings().meeting(met.id()).orElseThrow();
            here.meetings().updateMeeting(new Meeting(held.meta(), held.dialogueId(), held.type(), held.title(),
                    held.thematicArea(), held.hostCountry(), held.city(), new Localized(held.venue().en(),
                    held.venue().fr(), "\u0642\u0635\u0631 \u0627\u0644\u0645\u0624\u062a\u0645\u0631\u0627\u062a"),
                    held.startDate(), held.endDate(), held.coChairs(), held.workingLanguages(), held.booths(),
                    held.capacity() + 40, held.status(), held.sample()));
            TestBundles.exchange(other, bundle, Optional.of("correct horse battery"));
        }
        files.open = bundle;
        openBundle("60-", "not the passphrase");
        shootConflict("60-");
        fire("#cancel-import");
        files.open = Files.writeString(dir.resolve("minutes.ddbundle"), "Minutes of the meeting, not a bundle.");
        fire("#import-bundle");
        shoot("60-bundles-refused");
        files.open = bundle;
        fx(() -> {
            window.build(Lang.AR);
            return null;
        });
        settle();
        openBundle("61-ar-", null);
        shootConflict("61-ar-");
        fire("#take-all-theirs");
        fire("#apply-import");
        shoot("61-ar-bundles-imported");
    }

    /** Shows the bundles screen, imports {@code files.open}, tries a wrong passphrase first if given, then the right one. */
    private void openBundle(String prefix, String wrong) throws Exception {
        fx(() -> {
            window.mainWindow().select("bundles");
            return null;
        });
        settle();
        shoot(prefix + "bundles-log");
        fire("#import-bundle");
        for (String passphrase : wrong == null ? List.of("correct horse battery")
                : List.of(wrong, "correct horse battery")) {
            fx(() -> {
                ((PasswordField) node("#bundle-passphrase")).setText(passphrase);
                return null;
            });
            shoot(prefix + "bundles-passphrase" + (passphrase.equals(wrong) ? "" : "-again"));
            fire("#open-bundle");
        }
        shoot(prefix + "bundles-preview");
    }

    /** The preview scrolled to the conflict, this desk's position kept and nothing else chosen yet. */
    private void shootConflict(String prefix) throws Exception {
        fx(() -> {
            ((RadioButton) node("#conflict-0-0-mine")).fire();
            ((ScrollPane) node("#import-preview")).setVvalue(1);
            return null;
        });
        settle();
        shoot(prefix + "bundles-conflict");
    }

    private void fire(String id) throws Exception {
        fx(() -> {
            ((Button) node(id)).fire();
            return null;
        });
        settle();
    }

    @SuppressWarnings("unchecked")
    private <T> T node(String id) {
        return (T) stage.getScene().lookup(id);
    }

    @SuppressWarnings("unchecked")
    private <T> T dialogNode(String id) {
        return (T) dialogStage().getScene().lookup(id);
    }

    private Stage dialogStage() {
        return Window.getWindows().stream().filter(w -> w != stage && w instanceof Stage && w.isShowing())
                .map(Stage.class::cast).reduce((a, b) -> b).orElseThrow();
    }

    private static <T> T fx(Supplier<T> work) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(work.get());
            } catch (RuntimeException e) {
                f.completeExceptionally(e);
            }
        });
        return f.get(20, TimeUnit.SECONDS);
    }

    /**
     * Waits until what was just done is on screen: enough rendering pulses for debounces and
     * layout to pass, then every store job finished, then a few more pulses to draw the results.
     */
    private void settle() throws Exception {
        awaitPulses(30);
        for (int i = 0; i < 200 && fx(() -> jobs.activeJobsProperty().get()) > 0; i++) {
            awaitPulses(3);
        }
        awaitPulses(10);
    }

    /** Blocks until the FX toolkit has run that many animation pulses (about 60 a second). */
    private static void awaitPulses(int count) throws InterruptedException {
        CountDownLatch pulses = new CountDownLatch(count);
        AnimationTimer timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                pulses.countDown();
            }
        };
        Platform.runLater(timer::start);
        boolean done = pulses.await(10, TimeUnit.SECONDS);
        Platform.runLater(timer::stop);
        if (!done) {
            throw new IllegalStateException("the FX toolkit stopped pulsing");
        }
    }

    private void shoot(String name) throws Exception {
        write(name, fx(() -> stage.getScene().snapshot(null)));
    }

    private void shootDialog(String name) throws Exception {
        write(name, fx(() -> {
            Scene s = dialogStage().getScene();
            return s.snapshot(null);
        }));
    }

    private void write(String name, javafx.scene.image.WritableImage image) throws IOException {
        File f = out.resolve(name + ".png").toFile();
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", f);
        System.out.println("wrote " + f);
    }
}
