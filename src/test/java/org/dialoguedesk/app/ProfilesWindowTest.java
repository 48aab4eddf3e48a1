package org.dialoguedesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
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
}
