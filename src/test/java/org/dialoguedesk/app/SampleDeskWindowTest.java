package org.dialoguedesk.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.stage.Stage;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.ui.SameThreadJobRunner;
import org.dialoguedesk.ui.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The assembled window on a sample desk in English, jobs on the test thread, file choosers answering
 * from {@link #files}: what the window tests of a screen start from. A job that failed fails the test.
 */
@ExtendWith(ApplicationExtension.class)
abstract class SampleDeskWindowTest {

    @TempDir
    Path dir;
    Desk desk;
    DeskWindow window;
    final AnsweringFileChoosers.Answers files = new AnsweringFileChoosers.Answers();
    final List<Throwable> failures = new ArrayList<>();

    /** Called by each test class's own {@code @Start} method: TestFX looks for it on the test class only. */
    void openWindow(Stage stage) {
        Theme.install();
        desk = UiTestDesks.withSampleData(dir);
        window = new DeskWindow(stage, new SameThreadJobRunner(failures::add), Lang.EN,
                real -> new AnsweringFileChoosers(real, files));
        window.open(() -> desk, failures::add);
    }

    /** The node the query finds; fails the test when there is none. */
    @SuppressWarnings("unchecked")
    static <T> T find(org.testfx.api.FxRobot robot, String query) {
        javafx.scene.Node n = robot.lookup(query).query();
        org.junit.jupiter.api.Assertions.assertNotNull(n, query);
        return (T) n;
    }

    @AfterEach
    void close() {
        assertTrue(failures.isEmpty(), () -> "jobs failed: " + failures);
        desk.close();
    }
}
