package org.dialoguedesk.app;

import java.nio.file.Path;

/** Search-as-you-type over a large roster: each run is one query, rotating through typical ones. */
final class RosterSearchBench implements BenchScenario {

    private static final String[] QUERIES = {"moh", "diallo", "senegal", "iom", "fatima ben", "example.org", "maroc",
        "xyz-no-match", "ministry interior", "ahmed mansour"};

    private final Path folder;
    private final int contacts;
    private Desk desk;
    private int next;

    RosterSearchBench(Path folder, int contacts) {
        this.folder = folder;
        this.contacts = contacts;
    }

    @Override
    public void prepare() {
        desk = Desk.open(GeneratedRoster.create(folder.resolve("search"), contacts), false);
    }

    @Override
    public void runOnce() {
        desk.contacts().search(QUERIES[next++ % QUERIES.length]);
    }

    @Override
    public void close() {
        if (desk != null) {
            desk.close();
        }
    }
}
