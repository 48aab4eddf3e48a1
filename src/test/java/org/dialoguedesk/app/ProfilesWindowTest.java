package org.dialoguedesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.dialoguedesk.profile.Indicator;
import org.dialoguedesk.profile.ProfileKind;
import org.dialoguedesk.profile.TranslationState;
import org.dialoguedesk.profile.ui.ProfileRow;
import org.dialoguedesk.profile.ui.SectionRow;
import org.dialoguedesk.profile.ui.SourceRow;
import org.dialoguedesk.ui.Paragraph;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The profiles screen in the assembled window, on the sample Morocco profile. */
class ProfilesWindowTest extends SampleDeskWindowTest {

    @Start
    void start(Stage stage) {
        openWindow(stage);
    }

    @Test
    void moroccoShowsItsTranslationGapsInWordsAndPublishesVersionOne(FxRobot robot) throws TimeoutException {
        robot.clickOn("#nav-profiles");
        @SuppressWarnings("unchecked")
        ListView<ProfileRow> list = robot.lookup("#profile-list").queryAs(ListView.class);
        assertEquals(6, list.getItems().size(), "Morocco, the route and four route countries");
        ProfileRow morocco = list.getItems().stream().filter(r -> r.profile().kind() == ProfileKind.COUNTRY
                && r.profile().countryCode().equals("MAR")).findFirst().orElseThrow();
        robot.interact(() -> list.getSelectionModel().select(morocco));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(morocco.title(), robot.lookup("#profile-title").queryAs(Paragraph.class).getText());
        @SuppressWarnings("unchecked")
        TableView<SectionRow> sections = robot.lookup("#profile-sections").queryAs(TableView.class);
        SectionRow gap = sections.getItems().stream().filter(r -> r.states().containsValue(TranslationState.STALE)
                || r.states().containsValue(TranslationState.MISSING)).findFirst().orElseThrow();
        robot.interact(() -> sections.scrollTo(gap));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#profile-sections .table-cell").queryAllAs(TableCell.class).stream()
                        .anyMatch(c -> c.isVisible() && c.getText() != null && (c.getText().contains("\u26a0 stale")
                                || c.getText().contains("\u2014 missing"))),
                "a stale or missing translation is marked in words");

        robot.clickOn("#publish-profile");
        robot.clickOn(robot.lookup(".dialog-pane .button").<Button>match(b -> "OK".equals(((Button) b).getText()))
                .queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        String notice = robot.lookup("#profiles-notice").queryAs(Paragraph.class).getText();
        assertTrue(notice.startsWith("Version 1 of "), notice);
        assertTrue(robot.lookup("#profile-latest").queryAs(Paragraph.class).getText()
                .startsWith("Latest published version: 1,"));

        // every link of the profile in one table; the dialog closes with its main button
        robot.clickOn("#profile-sources-open");
        @SuppressWarnings("unchecked")
        TableView<SourceRow> sources = robot.lookup("#profile-sources").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !sources.getItems().isEmpty());
        assertTrue(sources.getItems().stream().anyMatch(r -> r.url().equals("https://www.unhcr.org")));
        robot.clickOn("#form-submit");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#profile-sources").tryQuery().isEmpty(), "the sources dialog closed");
    }

    @Test
    void aFigureWithABadYearSaysSoUnderTheYearAndOnceFixedIsSavedAndInTheTable(FxRobot robot) {
        robot.clickOn("#nav-profiles");
        @SuppressWarnings("unchecked")
        ListView<ProfileRow> list = robot.lookup("#profile-list").queryAs(ListView.class);
        robot.interact(() -> list.getSelectionModel().select(list.getItems().stream()
                .filter(r -> r.profile().kind() == ProfileKind.COUNTRY
                        && r.profile().countryCode().equals("MAR")).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        TableView<SectionRow> sections = robot.lookup("#profile-sections").queryAs(TableView.class);
        robot.interact(() -> sections.getSelectionModel().select(sections.getItems().stream()
                .filter(r -> r.code().equals("background")).findFirst().orElseThrow()));
        robot.interact(() -> robot.lookup("#preview-tabs").queryAs(TabPane.class).getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        TableView<Indicator> figures = robot.lookup("#indicator-table").queryAs(TableView.class);
        int before = figures.getItems().size();
        assertTrue(before > 0, "the sample background section has figures");
        assertTrue(robot.lookup("#indicator-chart-0").tryQuery().isPresent(), "its figures are charted");

        robot.clickOn("#add-indicator");
        robot.clickOn("#indicator-code").write("work_permits");
        robot.interact(() -> {
            robot.lookup("#indicator-label-en").queryAs(TextField.class).setText("Work permits issued");
            robot.lookup("#indicator-value").queryAs(TextField.class).setText("23400");
        });
        robot.interact(() -> robot.lookup("#indicator-year").queryAs(TextField.class).setText("1850"));
        Paragraph yearError = robot.lookup("#indicator-year-error").queryAs(Paragraph.class);
        assertEquals("1850 is not a year from 1900 to 2100.", yearError.getText());
        assertTrue(yearError.isVisible());
        robot.clickOn("#form-submit");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("work_permits", robot.lookup("#indicator-code").queryAs(TextField.class).getText(),
                "a refused save keeps what was typed");
        assertEquals(before, figures.getItems().size());

        robot.interact(() -> robot.lookup("#indicator-year").queryAs(TextField.class).setText("2024"));
        assertTrue(yearError.getText().isEmpty());
        robot.clickOn("#form-submit");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before + 1, figures.getItems().size());
        Indicator saved = figures.getItems().stream().filter(i -> i.code().equals("work_permits")).findFirst()
                .orElseThrow();
        assertEquals(2024, saved.year());
        assertEquals(saved, figures.getSelectionModel().getSelectedItem());
    }
}
