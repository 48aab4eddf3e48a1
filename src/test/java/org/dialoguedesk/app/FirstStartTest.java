package org.dialoguedesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.dialoguedesk.TestDesks;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.common.Settings;
import org.dialoguedesk.common.StoreException;
import org.dialoguedesk.ui.Paragraph;
import org.dialoguedesk.ui.SameThreadJobRunner;
import org.dialoguedesk.ui.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The first start asks the officer's name once and keeps it, with the chosen language. */
@ExtendWith(ApplicationExtension.class)
class FirstStartTest {

    @TempDir
    Path dir;
    Desk desk;
    Stage stage;
    final List<Throwable> failures = new ArrayList<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Theme.install();
        desk = TestDesks.withSampleData(dir);
        new DeskWindow(stage, new SameThreadJobRunner(failures::add), Lang.EN).open(() -> desk, failures::add);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void asksTheOfficersNameAndKeepsItWithTheLanguage(FxRobot robot) {
        robot.clickOn("#form-submit");
        assertEquals("Your name is required.",
                robot.lookup("#officer-name-field-error").queryAs(Paragraph.class).getText());

        TextField name = robot.lookup("#officer-name-field").queryAs(TextField.class);
        robot.interact(() -> name.setText("Nadia Mansour"));
        ComboBox<Lang> language = robot.lookup("#language-choice").queryComboBox();
        robot.interact(() -> language.setValue(Lang.AR));
        robot.clickOn("#form-submit");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("Nadia Mansour", desk.settings().get(Settings.OFFICER_NAME).orElseThrow());
        assertEquals("ar", desk.settings().get(Settings.UI_LANGUAGE).orElseThrow());
        assertEquals("Nadia Mansour", robot.lookup("#officer-name").queryAs(Label.class).getText());
        assertEquals(NodeOrientation.RIGHT_TO_LEFT, robot.lookup("#main-window").query().getNodeOrientation());
        assertTrue(failures.isEmpty(), () -> failures.toString());
    }

    @Test
    void aDeskThatCannotBeOpenedIsReportedToTheCaller(FxRobot robot) {
        List<Throwable> reported = new ArrayList<>();
        robot.interact(() -> new DeskWindow(new Stage(), new SameThreadJobRunner(reported::add), Lang.EN)
                .open(() -> TestDesks.withSampleData(dir), reported::add));
        assertEquals(1, reported.size());
        assertInstanceOf(StoreException.class, reported.get(0));
        assertTrue(reported.get(0).getMessage().contains("already has"));
    }
}
