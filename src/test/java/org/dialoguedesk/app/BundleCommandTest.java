package org.dialoguedesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.dialoguedesk.TestDesks;
import org.dialoguedesk.bundle.BundleRecord;
import org.dialoguedesk.bundle.RecordKey;
import org.dialoguedesk.bundle.RecordKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundle commands between two desks on real database files: an encrypted round trip, importing twice,
 * a conflict and both ways of resolving it, and every refusal leaving the store as it was.
 */
class BundleCommandTest {

    private static final Pattern SOMETHING_NEW = Pattern.compile(": [1-9][0-9]* new|[1-9][0-9]* updated");

    @TempDir
    Path dir;

    @Test
    void encryptedExchangeBundleRoundTripsIntoAFreshDeskAndImportingTwiceChangesNothing() throws Exception {
        Path a = made(TestDesks.withSampleData(dir.resolve("a")));
        Path b = made(TestDesks.empty(dir.resolve("b")));
        Path pass = Files.writeString(dir.resolve("pass.txt"), "correct horse battery\n");
        Path bundle = dir.resolve("a.ddbundle");

        CommandRun export = run(a, "bundle", "export", "--scope", "exchange", "--passphrase-file", pass.toString(),
                "--out", bundle.toString());
        assertEquals(0, export.code(), export.err());
        assertTrue(export.out().contains("contacts="), export.out());

        CommandRun first = run(b, "bundle", "import", bundle.toString(), "--passphrase-file", pass.toString());
        assertEquals(0, first.code(), first.err());
        assertTrue(first.out().contains("contacts: "), first.out());
        assertEquals(liveHashes(a), liveHashes(b));

        String before = digest(b, true);
        CommandRun wrong = run(b, "bundle", "import", bundle.toString(), "--passphrase-file",
                Files.writeString(dir.resolve("wrong.txt"), "not it").toString());
        assertEquals(5, wrong.code(), wrong.out() + wrong.err());
        assertTrue(wrong.lastErrLine().contains("passphrase is wrong"), wrong.err());
        CommandRun missing = run(b, "bundle", "import", bundle.toString());
        assertEquals(5, missing.code(), missing.err());
        byte[] bytes = Files.readAllBytes(bundle);
        bytes[bytes.length / 2] ^= 0x5A;
        Path tampered = Files.write(dir.resolve("tampered.ddbundle"), bytes);
        CommandRun changed = run(b, "bundle", "import", tampered.toString(), "--passphrase-file", pass.toString());
        assertEquals(4, changed.code(), changed.err());
        assertEquals(before, digest(b, true), "a refused bundle leaves every table as it was");

        CommandRun again = run(b, "bundle", "import", bundle.toString(), "--passphrase-file", pass.toString());
        assertEquals(0, again.code(), again.err());
        assertFalse(SOMETHING_NEW.matcher(again.out()).find(), again.out());
        assertTrue(again.out().contains("contacts: 0 new, 0 updated"), again.out());
        assertEquals(liveHashes(a), liveHashes(b));
    }

    @Test
    void bundlesThatAreNotBundlesOrComeFromThisDeskAreRefusedAndChangeNothing() throws Exception {
        Path a = made(TestDesks.withSampleData(dir.resolve("a")));
        Path own = dir.resolve("own.ddbundle");
        assertEquals(0, run(a, "bundle", "export", "--scope", "exchange", "--out", own.toString()).code());
        String before = digest(a, true);

        CommandRun same = run(a, "bundle", "import", own.toString());
        assertEquals(4, same.code(), same.err());
        assertTrue(same.lastErrLine().contains("made on this laptop"), same.err());

        Path text = Files.writeString(dir.resolve("notes.ddbundle"), "Minutes of the meeting, not a bundle.");
        CommandRun notZip = run(a, "bundle", "import", text.toString());
        assertEquals(4, notZip.code(), notZip.err());
        assertTrue(notZip.lastErrLine().contains("not a Dialogue Desk bundle"), notZip.err());

        byte[] bytes = Files.readAllBytes(own);
        bytes[bytes.length / 3] ^= 0x01;
        CommandRun damaged = run(a, "bundle", "verify", Files.write(dir.resolve("damaged.ddbundle"), bytes).toString());
        assertEquals(4, damaged.code(), damaged.err());
        assertEquals(before, digest(a, true));

        CommandRun verified = run(a, "bundle", "verify", own.toString());
        assertEquals(0, verified.code(), verified.err());
        assertTrue(verified.out().contains("is a whole exchange bundle"), verified.out());
        assertEquals(2, run(a, "bundle", "import", own.toString(), "--on-conflict", "toss-a-coin").code());

        Path mtm = dir.resolve("mtm.ddbundle");
        CommandRun selected = run(a, "bundle", "export", "--scope", "exchange", "--dialogue", "MTM", "--since",
                "2000-01-01", "--out", mtm.toString());
        assertEquals(0, selected.code(), selected.err());
        CommandRun mtmVerified = run(a, "bundle", "verify", mtm.toString());
        assertTrue(mtmVerified.out().contains("Selection: dialogue MTM"), mtmVerified.out());
        Path website = dir.resolve("public.ddbundle");
        CommandRun published = run(a, "bundle", "export", "--scope", "public", "--out", website.toString());
        assertEquals(0, published.code(), published.err());
        assertTrue(published.out().contains("Leak check: passed"), published.out());
        CommandRun importPublic = run(a, "bundle", "import", website.toString());
        assertEquals(4, importPublic.code(), importPublic.err());
        assertTrue(importPublic.lastErrLine().contains("only exchange bundles"), importPublic.err());
        assertEquals(2, run(a, "bundle", "export", "--scope", "public", "--since", "2026-01-01", "--out",
                website.toString()).code());
    }

    @Test
    void bothDesksEditingOneContactIsAConflictResolvedOnlyWhenTheOfficerSaysHow() throws Exception {
        Path a = made(TestDesks.withSampleData(dir.resolve("a")));
        Path b = made(TestDesks.withSampleData(dir.resolve("b")));
        Path start = dir.resolve("start.ddbundle");
        assertEquals(0, run(a, "bundle", "export", "--scope", "exchange", "--out", start.toString()).code());
        CommandRun agree = run(b, "bundle", "import", start.toString());
        assertEquals(0, agree.code(), agree.err());
        assertFalse(SOMETHING_NEW.matcher(agree.out()).find(), agree.out());

        String contact = firstContact(a);
        setPosition(a, contact, "Director of borders (edited on A)");
        setPosition(b, contact, "Head of unit (edited on B)");
        Path edited = dir.resolve("edited.ddbundle");
        assertEquals(0, run(a, "bundle", "export", "--scope", "exchange", "--out", edited.toString()).code());

        String before = digest(b, false);
        CommandRun conflict = run(b, "bundle", "import", edited.toString());
        assertEquals(3, conflict.code(), conflict.out() + conflict.err());
        assertTrue(conflict.out().contains("contacts/" + contact), conflict.out());
        assertTrue(conflict.out().contains("position: here \"Head of unit (edited on B)\" / in the bundle "
                + "\"Director of borders (edited on A)\""), conflict.out());
        assertTrue(conflict.out().contains("contacts: 0 new, 0 updated"), conflict.out());
        assertEquals(before, digest(b, false), "nothing is applied while a conflict has no choice");
        CommandRun dry = run(b, "bundle", "import", edited.toString(), "--on-conflict", "take-incoming", "--dry-run");
        assertEquals(0, dry.code(), dry.err());
        assertEquals(before, digest(b, false), "a dry run applies nothing");

        Path copy = Files.copy(b, dir.resolve("b2.db"));
        CommandRun keep = run(b, "bundle", "import", edited.toString(), "--on-conflict", "keep-local");
        assertEquals(0, keep.code(), keep.err());
        assertEquals("Head of unit (edited on B)", position(b, contact));
        CommandRun take = run(copy, "bundle", "import", edited.toString(), "--on-conflict", "take-incoming");
        assertEquals(0, take.code(), take.err());
        assertEquals("Director of borders (edited on A)", position(copy, contact));
    }

    private static CommandRun run(Path db, String... args) {
        List<String> all = new ArrayList<>(List.of("--db", db.toString()));
        all.addAll(List.of(args));
        return CommandRun.of(all.toArray(String[]::new));
    }

    private static Path made(Desk desk) {
        Path file = desk.database().file();
        desk.close();
        return file;
    }

    private static Map<RecordKey, String> liveHashes(Path db) {
        try (Desk desk = Desk.open(db, true, TestDesks.CLOCK)) {
            Map<RecordKey, String> out = new TreeMap<>();
            for (BundleRecord r : desk.recordMerge().records(EnumSet.allOf(RecordKind.class))) {
                if (!r.deleted()) {
                    out.put(r.key(), r.contentHash());
                }
            }
            return out;
        }
    }

    /** SHA-256 of every row of every table (the version clocks' bookkeeping only when asked), rows sorted. */
    private static String digest(Path db, boolean withClocks) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
                while (r.next()) {
                    tables.add(r.getString(1));
                }
            }
            for (String table : tables) {
                if (!withClocks && table.equals("sync_record")) {
                    continue;
                }
                List<String> rows = new ArrayList<>();
                try (ResultSet r = s.executeQuery("SELECT * FROM \"" + table + "\"")) {
                    int n = r.getMetaData().getColumnCount();
                    while (r.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= n; i++) {
                            row.append(r.getString(i)).append('\u0001');
                        }
                        rows.add(row.toString());
                    }
                }
                rows.sort(null);
                sha.update((table + rows).getBytes(StandardCharsets.UTF_8));
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static String firstContact(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT id FROM contact ORDER BY id LIMIT 1")) {
            r.next();
            return r.getString(1);
        }
    }

    private static void setPosition(Path db, String contact, String position) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             var update = c.prepareStatement("UPDATE contact SET position = ? WHERE id = ?")) {
            update.setString(1, position);
            update.setString(2, contact);
            assertEquals(1, update.executeUpdate());
        }
    }

    private static String position(Path db, String contact) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             var query = c.prepareStatement("SELECT position FROM contact WHERE id = ?")) {
            query.setString(1, contact);
            try (ResultSet r = query.executeQuery()) {
                r.next();
                return r.getString(1);
            }
        }
    }
}
