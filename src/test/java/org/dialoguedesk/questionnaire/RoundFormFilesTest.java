package org.dialoguedesk.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dialoguedesk.TestDesks;
import org.dialoguedesk.app.Desk;
import org.dialoguedesk.common.DeskException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing a round's forms into a folder, with a writer that records instead of rendering. */
class RoundFormFilesTest {

    @TempDir
    Path dir;
    Desk desk;
    Round sample;

    @BeforeEach
    void open() {
        desk = TestDesks.withSampleData(dir);
        sample = desk.rounds().findRound("MTM country profiles 2025").orElseThrow();
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void writesOneFilePerRecipientNamedByTheFormIntoANewFolder() {
        List<String> countries = new ArrayList<>();
        Path folder = dir.resolve("out/forms");
        RoundFormFiles files = new RoundFormFiles(desk.forms(), (spec, file) -> {
            countries.add(spec.countryCode());
            Files.writeString(file, spec.countryCode());
            return "fingerprint";
        });
        RoundFormFiles.Written written = files.writeAll(sample.id(), folder);
        List<String> recipients = desk.rounds().recipients(sample.id()).stream().map(Recipient::countryCode).toList();
        assertEquals(recipients, countries);
        assertEquals(folder, written.folder());
        assertEquals(recipients.size(), written.files().size());
        assertTrue(written.files().stream().allMatch(f -> f.getParent().equals(folder) && Files.isRegularFile(f)));
        assertTrue(written.files().get(0).getFileName().toString().startsWith("mtm-country-profiles-2025-"));
    }

    @Test
    void aFileThatCannotBeWrittenStopsWithItsNameAndKeepsTheOnesBefore() {
        Path folder = dir.resolve("forms");
        List<Path> done = new ArrayList<>();
        RoundFormFiles files = new RoundFormFiles(desk.forms(), (spec, file) -> {
            if (done.size() == 2) {
                throw new IOException("disk full");
            }
            Files.writeString(file, "x");
            done.add(file);
            return "fingerprint";
        });
        DeskException e = assertThrows(DeskException.class, () -> files.writeAll(sample.id(), folder));
        assertTrue(e.getMessage().contains("disk full") && e.getMessage().contains(folder.toString()), e.getMessage());
        assertTrue(done.stream().allMatch(Files::exists));
    }
}
