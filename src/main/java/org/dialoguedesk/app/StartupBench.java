package org.dialoguedesk.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Opening a large existing database: lock, backup, migration check, reference refresh. */
final class StartupBench implements BenchScenario {

    private final Path folder;
    private final int contacts;
    private Path template;
    private int run;
    private Path copy;

    StartupBench(Path folder, int contacts) {
        this.folder = folder;
        this.contacts = contacts;
    }

    @Override
    public void prepare() {
        template = GeneratedRoster.create(folder.resolve("startup"), contacts);
    }

    @Override
    public void beforeEach() {
        // A fresh copy each run, in its own folder, so rolling backups do not pile up between runs.
        copy = folder.resolve("startup-" + run++).resolve("desk.db");
        try {
            Files.createDirectories(copy.getParent());
            Files.copy(template, copy, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void runOnce() {
        Desk.open(copy, false).close();
    }

    @Override
    public void close() {
        // the bench command removes its whole work folder afterwards
    }
}
