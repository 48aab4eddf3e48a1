package org.dialoguedesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.roster.ConsentBasis;
import org.dialoguedesk.roster.Country;
import org.dialoguedesk.roster.Dialogue;
import org.dialoguedesk.roster.MemberRef;
import org.dialoguedesk.roster.MembershipRole;
import org.dialoguedesk.roster.Organisation;
import org.dialoguedesk.roster.OrganisationType;
import org.dialoguedesk.roster.ui.ContactRow;
import org.dialoguedesk.roster.ui.CountryViewModel;
import org.dialoguedesk.roster.ui.MemberChoice;
import org.dialoguedesk.roster.ui.MemberRow;
import org.dialoguedesk.ui.Paragraph;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The assembled window on a real desk with the sample rosters: each screen, and the critical flows. */
class DeskWindowTest extends SampleDeskWindowTest {

    @Start
    void start(Stage stage) {
        openWindow(stage);
    }

    @Test
    void opensOnTheDialoguesWithTheOfficerInTheStatusBar(FxRobot robot) {
        assertEquals("Test Officer", robot.lookup("#officer-name").queryAs(Label.class).getText());
        assertFalse(robot.lookup("#members-table").queryTableView().getItems().isEmpty());
        assertTrue(robot.lookup("#nav-dialogues").tryQuery().isPresent());
        assertTrue(robot.lookup("#nav-country").tryQuery().isPresent());
        assertTrue(robot.lookup("#nav-organisations").tryQuery().isPresent());
        assertTrue(robot.lookup("#nav-contacts").tryQuery().isPresent());
        assertTrue(robot.lookup("#nav-meetings").tryQuery().isPresent());
    }

    @Test
    void bundlesScreenOffersTheImportBesideAnEmptyImportLog(FxRobot robot) {
        robot.clickOn("#nav-bundles");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#import-log").queryTableView().getItems().isEmpty());
        assertFalse(robot.lookup("#import-bundle").queryButton().isDisabled());
        assertFalse(robot.lookup("#preview-pane").query().isVisible());
        assertFalse(robot.lookup("#passphrase-pane").query().isVisible());
    }

    private void chooseMtm(FxRobot robot) {
        ListView<Dialogue> list = find(robot, "#dialogue-list");
        Dialogue mtm = list.getItems().stream().filter(d -> d.key().equals("MTM")).findFirst().orElseThrow();
        robot.interact(() -> list.getSelectionModel().select(mtm));
    }

    @Test
    void asOfFilterShowsThe38MtmPartnerStatesOfJune2008(FxRobot robot) {
        chooseMtm(robot);
        ComboBox<MembershipRole> role = find(robot, "#role-filter");
        DatePicker asOf = find(robot, "#as-of-date");
        robot.interact(() -> role.setValue(MembershipRole.PARTNER_STATE));
        robot.interact(() -> asOf.setValue(LocalDate.of(2008, 6, 30)));
        TableView<MemberRow> table = find(robot, "#members-table");
        assertEquals(38, table.getItems().size());
        assertTrue(robot.lookup("#member-count").queryAs(Label.class).getText().startsWith("38 members on"));
        robot.clickOn("#clear-as-of");
        assertTrue(table.getItems().size() > 38);
    }

    @Test
    void addAndEndAMembership(FxRobot robot) {
        chooseMtm(robot);
        robot.clickOn("#add-membership");
        ComboBox<MemberChoice> member = find(robot, "#membership-member");
        MemberChoice japan = member.getItems().stream()
                .filter(c -> c.ref().equals(new MemberRef.OfCountry("JPN"))).findFirst().orElseThrow();
        ComboBox<MembershipRole> role = find(robot, "#membership-role");
        robot.interact(() -> {
            member.setValue(japan);
            role.setValue(MembershipRole.OBSERVER);
        });
        robot.clickOn("#form-submit");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#form-submit").tryQuery().isEmpty(), "the form closed");

        TableView<MemberRow> table = find(robot, "#members-table");
        MemberRow row = table.getItems().stream().filter(r -> r.name().equals("Japan")).findFirst().orElseThrow();
        assertEquals(MembershipRole.OBSERVER, row.membership().role());
        robot.interact(() -> table.getSelectionModel().select(row));
        assertFalse(robot.lookup("#end-membership").query().isDisabled());
        robot.clickOn("#end-membership");
        DatePicker day = find(robot, "#ask-date");
        robot.interact(() -> day.setValue(LocalDate.now(desk.clock()).plusDays(1)));
        robot.clickOn(robot.lookup(".dialog-pane .button").<Button>match(b -> "OK".equals(((Button) b).getText()))
                .queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        MemberRow ended = table.getItems().stream().filter(r -> r.name().equals("Japan")).findFirst().orElseThrow();
        assertEquals(LocalDate.now(desk.clock()).plusDays(1), ended.membership().validTo());
    }

    @Test
    void countryPageShowsDialoguesFocalPointsAndOrganisations(FxRobot robot) {
        robot.clickOn("#nav-country");
        ComboBox<Country> picker = find(robot, "#country-picker");
        Country morocco = picker.getItems().stream().filter(c -> c.code().equals("MAR")).findFirst().orElseThrow();
        robot.interact(() -> picker.setValue(morocco));
        assertEquals("Morocco", robot.lookup("#country-heading").queryAs(Label.class).getText());
        TableView<CountryViewModel.MembershipRow> ms = find(robot, "#country-memberships");
        assertTrue(ms.getItems().stream().anyMatch(r -> r.dialogue().equals("MTM")));
        TableView<CountryViewModel.FocalPointRow> fps = find(robot, "#country-focal-points");
        assertTrue(fps.getItems().stream().anyMatch(r -> r.name().equals("Karim Lahlou") && r.current()));
        assertNotNull(robot.lookup("#country-organisations").queryTableView());
    }

    @Test
    void searchNarrowsAsYouType(FxRobot robot) {
        robot.clickOn("#nav-contacts");
        TableView<ContactRow> table = find(robot, "#contacts-table");
        assertTrue(table.getItems().size() >= 4);
        robot.clickOn("#contact-search").write("lahl");
        WaitForAsyncUtils.waitForFxEvents();
        waitUntil(() -> table.getItems().size() == 1);
        assertEquals("Karim Lahlou", table.getItems().get(0).contact().name());
        robot.interact(() -> table.getSelectionModel().select(0));
        assertEquals(1, robot.lookup("#roles-table").queryTableView().getItems().size());
    }

    @Test
    void addingAContactShowsInlineErrorsThenTheDuplicateWarning(FxRobot robot) {
        robot.clickOn("#nav-contacts");
        robot.clickOn("#add-contact");
        robot.clickOn("#contact-name").write("Karim Lahlou");
        TextField emails = find(robot, "#contact-emails");
        robot.interact(() -> emails.setText("k.lahlou-at-example.gov"));
        robot.clickOn("#form-submit");
        Paragraph emailError = find(robot, "#contact-emails-error");
        assertTrue(emailError.isVisible());
        assertTrue(emailError.getText().contains("is not an email address"));
        assertFalse(robot.lookup("#duplicate-warning").query().isVisible());

        robot.interact(() -> emails.setText("k.lahlou@example.gov"));
        robot.clickOn("#form-submit");
        assertFalse(emailError.isVisible());
        assertTrue(robot.lookup("#duplicate-warning").query().isVisible());
        assertEquals(1, robot.lookup("#duplicate-list").queryListView().getItems().size());

        robot.clickOn("#save-anyway");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#form-submit").tryQuery().isEmpty(), "the form closed");
        assertEquals(2, desk.contacts().search("lahlou").size());
    }

    @Test
    void consentDatedInTheFutureIsRefusedUnderItsField(FxRobot robot) {
        robot.clickOn("#nav-contacts");
        robot.clickOn("#add-contact");
        robot.clickOn("#contact-name").write("Omar Zerhouni");
        ComboBox<ConsentBasis> basis = find(robot, "#contact-consent-basis");
        DatePicker date = find(robot, "#contact-consent-date");
        robot.interact(() -> {
            basis.setValue(ConsentBasis.CONSENT);
            date.setValue(LocalDate.now(desk.clock()).plusDays(3));
        });
        robot.clickOn("#form-submit");
        Paragraph error = find(robot, "#contact-consent-date-error");
        assertTrue(error.isVisible());
        assertTrue(error.getText().startsWith("The consent date"), error.getText());
        assertTrue(desk.contacts().search("zerhouni").isEmpty());

        robot.interact(() -> date.setValue(LocalDate.now(desk.clock())));
        robot.clickOn("#form-submit");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#form-submit").tryQuery().isEmpty(), "the form closed");
        assertEquals(ConsentBasis.CONSENT, desk.contacts().search("zerhouni").get(0).details().consent().basis());
        assertTrue(robot.lookup("#contact-details .fact-value").<Paragraph>queryAllAs(Paragraph.class).stream()
                .anyMatch(l -> l.getText().startsWith("Consent")), "consent shown in the details");
    }

    @Test
    void arabicMirrorsTheWindow(FxRobot robot) {
        robot.interact(() -> window.build(Lang.AR));
        Node root = robot.lookup("#main-window").query();
        assertEquals(NodeOrientation.RIGHT_TO_LEFT, root.getNodeOrientation());
        assertEquals("الحوارات", robot.lookup("#nav-dialogues").queryAs(javafx.scene.control.ToggleButton.class)
                .getText());
        assertFalse(robot.lookup("#members-table").queryTableView().getItems().isEmpty());
        robot.clickOn("#nav-contacts");
        assertFalse(robot.lookup("#contacts-table").queryTableView().getItems().isEmpty());
    }

    @Test
    void organisationsScreenFiltersAndShowsTheChosenOne(FxRobot robot) {
        robot.clickOn("#nav-organisations");
        TableView<Organisation> table = find(robot, "#organisations-table");
        int all = table.getItems().size();
        assertTrue(all > 40, "organisations listed: " + all);
        ComboBox<OrganisationType> type = find(robot, "#organisation-type-filter");
        robot.interact(() -> type.setValue(OrganisationType.EU_BODY));
        assertTrue(table.getItems().size() < all);
        assertTrue(table.getItems().stream().allMatch(o -> o.type() == OrganisationType.EU_BODY));
        robot.clickOn("#organisation-search").write("frontex");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, table.getItems().size());
        robot.interact(() -> table.getSelectionModel().select(0));
        assertTrue(robot.lookup("#organisation-heading").queryAs(Paragraph.class).getText().startsWith("Frontex"));
        assertNotNull(robot.lookup("#organisation-memberships").queryTableView());
        assertNotNull(robot.lookup("#organisation-contacts").queryTableView());
    }

    @Test
    void addingAMinistryWithoutCountryShowsTheInlineErrorThenSucceeds(FxRobot robot) {
        robot.clickOn("#nav-organisations");
        robot.clickOn("#add-organisation");
        robot.clickOn("#organisation-acronym").write("MID");
        robot.clickOn("#organisation-name-en").write("Ministry of Interior and Decentralisation");
        ComboBox<OrganisationType> type = find(robot, "#organisation-type");
        robot.interact(() -> type.setValue(OrganisationType.MINISTRY));
        robot.clickOn("#form-submit");
        Paragraph countryError = find(robot, "#organisation-country-error");
        assertTrue(countryError.isVisible());
        assertEquals("A ministry or national body needs its country.", countryError.getText());

        ComboBox<Country> country = find(robot, "#organisation-country");
        robot.interact(() -> country.setValue(country.getItems().stream().filter(c -> c.code().equals("MRT"))
                .findFirst().orElseThrow()));
        robot.clickOn("#form-submit");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#form-submit").tryQuery().isEmpty(), "the form closed");
        TableView<Organisation> table = find(robot, "#organisations-table");
        Organisation added = table.getItems().stream().filter(o -> o.acronym().equals("MID")).findFirst()
                .orElseThrow(() -> new AssertionError("the new ministry is not listed"));
        assertEquals(null, robot.lookup("#organisation-country-filter").queryAs(ComboBox.class).getValue());
        assertEquals("MRT", added.countryCode());
        assertEquals(added, table.getSelectionModel().getSelectedItem());
        assertEquals("Mauritania", robot.lookup("#organisation-country-value").queryAs(Paragraph.class).getText());
    }

    @Test
    void editingADialoguesDescriptionShowsItOnTheDialoguesScreen(FxRobot robot) {
        chooseMtm(robot);
        robot.clickOn("#edit-dialogue");
        TextArea description = find(robot, "#dialogue-description-en");
        robot.interact(() -> description.setText("A forum of migration authorities around the Mediterranean."));
        robot.clickOn("#form-submit");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#form-submit").tryQuery().isEmpty(), "the form closed");
        Paragraph shown = find(robot, ".dialogues-screen #dialogue-description");
        assertEquals("A forum of migration authorities around the Mediterranean.", shown.getText());
        assertTrue(shown.isVisible());
        assertEquals("MTM", robot.lookup("#dialogue-title").queryAs(Label.class).getText());
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met in 3 s", e);
        }
    }
}
