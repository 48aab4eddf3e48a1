package org.dialoguedesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.dialoguedesk.common.table.Table;
import org.dialoguedesk.render.sheet.SpreadsheetTableFiles;
import org.dialoguedesk.roster.ContactExport;
import org.dialoguedesk.roster.ui.ContactRow;
import org.dialoguedesk.roster.ui.ImportReportFormModel.IssueRow;
import org.dialoguedesk.ui.Paragraph;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Importing and exporting contacts in the assembled window; the file choosers answer with temp files. */
class ContactFilesWindowTest extends SampleDeskWindowTest {

    @Start
    void start(Stage stage) {
        openWindow(stage);
    }

    /** Imports that text as a CSV file through the Import… button, up to the report. */
    private void checkFile(FxRobot robot, String name, String text) throws IOException {
        files.open = dir.resolve(name);
        Files.writeString(files.open, text, StandardCharsets.UTF_8);
        robot.clickOn("#nav-contacts");
        robot.clickOn("#import-contacts");
        assertTrue(robot.lookup("#import-mapping").tryQuery().isPresent(), "the column step is shown");
        robot.clickOn("#form-submit");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void goodCsvGoesThroughColumnsAndReportIntoTheRoster(FxRobot robot) throws IOException {
        int before = desk.contacts().all().size();
        checkFile(robot, "partners.csv", "Full name,Courriel,Pays\nOmar Benali,o.benali@example.ma,MAR\n"
                + "Fatou Sow,f.sow@example.sn,SEN\n");
        assertEquals("2 contact(s) to add", robot.lookup("#import-count-add").queryAs(Label.class).getText());
        assertFalse(robot.lookup("#import-blocked").query().isVisible());
        robot.clickOn("#form-submit");
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(robot.lookup("#form-submit").tryQuery().isEmpty(), "the report closed");
        assertEquals(before + 2, desk.contacts().all().size());
        assertEquals("2 contact(s) imported with 0 role(s); 0 row(s) skipped.",
                robot.lookup("#contacts-notice").queryAs(Paragraph.class).getText());
        TableView<ContactRow> table = robot.lookup("#contacts-table").queryTableView();
        assertTrue(table.getItems().stream().anyMatch(r -> r.contact().name().equals("Fatou Sow")));
    }

    @Test
    void badCsvReportsRowsAndColumnsAndImportsNothing(FxRobot robot) throws IOException {
        int before = desk.contacts().all().size();
        checkFile(robot, "bad.csv", "name,emails,country\nOmar Benali,omar-at-example,MAR\n"
                + "Fatou Sow,f.sow@example.sn,Atlantis\n");

        TableView<IssueRow> issues = robot.lookup("#import-issues").queryTableView();
        assertTrue(issues.getItems().stream().anyMatch(r -> r.row().equals("2") && r.column().equals("emails")),
                () -> issues.getItems().toString());
        assertTrue(issues.getItems().stream().anyMatch(r -> r.row().equals("3") && r.column().equals("country")),
                () -> issues.getItems().toString());
        assertEquals("2 problem(s)", robot.lookup("#import-count-problems").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#import-blocked").query().isVisible());
        assertTrue(robot.lookup("#import-blocked").queryAs(Paragraph.class).getText()
                .startsWith("Nothing will be imported until the file is fixed"));
        assertTrue(robot.lookup("#form-submit").queryAs(Button.class).isDisabled());
        assertEquals(before, desk.contacts().all().size());
    }

    @Test
    void exportWritesTheChosenFileWithTheContacts(FxRobot robot) throws IOException {
        files.save = dir.resolve("roster.xlsx");
        robot.clickOn("#nav-contacts");
        robot.clickOn("#export-contacts");
        ComboBox<ContactExport.Format> format = robot.lookup("#export-format").queryComboBox();
        robot.interact(() -> format.setValue(ContactExport.Format.XLSX));
        robot.clickOn("#form-submit");
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(Files.size(files.save) > 0);
        Table written = new SpreadsheetTableFiles().read(files.save);
        assertEquals(desk.contacts().all().size(), written.rows().size());
        assertTrue(written.rows().stream().anyMatch(r -> r.get(0).equals("Karim Lahlou")));
        assertEquals("Exported " + written.rows().size() + " contact(s) to " + files.save + ".",
                robot.lookup("#contacts-notice").queryAs(Paragraph.class).getText());
    }
}
