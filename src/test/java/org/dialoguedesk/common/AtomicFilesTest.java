package org.dialoguedesk.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void aFailedWriteLeavesThePreviousFileAndNoTemporaryOne() throws IOException {
        Path file = dir.resolve("profile.pdf");
        AtomicFiles.write(file, out -> out.write("good".getBytes(StandardCharsets.UTF_8)));
        assertThrows(IOException.class, () -> AtomicFiles.write(file, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        assertEquals("good", Files.readString(file));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }

    /** Where the file system has no POSIX permissions (Windows), readability is all there is to check. */
    @Test
    void aNewFileIsReadableByOthersAndAReplacedOneKeepsItsPermissions() throws IOException {
        Path exported = dir.resolve("index.csv");
        AtomicFiles.write(exported, out -> out.write(1));
        if (!Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class)) {
            assertTrue(Files.isReadable(exported));
            return;
        }
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(exported)));
        Files.setPosixFilePermissions(exported, PosixFilePermissions.fromString("rw-------"));
        AtomicFiles.write(exported, out -> out.write(2));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(exported)));
    }
}
