package org.dialoguedesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dialoguedesk.TestDesks;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.profile.Profile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code profile list|publish|diff|compare|render} on the sample profiles, through Main.run. */
class ProfileCommandTest {

    @TempDir
    Path dir;

    private String db;

    @BeforeEach
    void createDesk() {
        TestDesks.withSampleData(dir).close();
        db = dir.resolve("desk.db").toString();
    }

    private CommandRun run(String... args) {
        List<String> all = new ArrayList<>(List.of("--db", db, "profile"));
        all.addAll(List.of(args));
        return CommandRun.of(all.toArray(String[]::new));
    }

    @Test
    void listsTheSampleProfilesWithStatusAccessAndTranslationCompleteness() {
        CommandRun r = run("list", "--dialogue", "MTM");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().strip().lines().toList();
        assertEquals("id,key,kind,title,dialogue,status,approved,access,version,en,fr,ar", lines.get(0));
        String morocco = lines.stream().filter(l -> l.contains(",mtm-country-MAR,")).findFirst().orElseThrow();
        assertTrue(morocco.contains(",COUNTRY,"), morocco);
        assertTrue(morocco.contains(",MTM,"), morocco);
        assertTrue(morocco.contains(",PUBLIC,,100,"), "English complete, nothing published yet: " + morocco);
        assertTrue(lines.stream().anyMatch(l -> l.contains(",ROUTE,")), r.out());
    }

    @Test
    void updateFromRoundShowsEveryChangeThenAppliesItOnce() {
        CommandRun dry = run("update-from-round", "--profile", "mtm-country-MAR", "--round",
                "MTM country profiles 2025", "--dry-run");
        assertEquals(0, dry.code(), dry.err());
        assertTrue(dry.out().contains("+ background (en): answer text of q_bg_01 inserted"), dry.out());
        assertTrue(dry.out().strip().endsWith("Nothing was changed (--dry-run)."), dry.out());
        CommandRun applied = run("update-from-round", "--profile", "mtm-country-MAR", "--round",
                "MTM country profiles 2025");
        assertEquals(0, applied.code(), applied.err());
        assertTrue(applied.out().strip().lines().reduce((a, b) -> b).orElse("").startsWith("Changed "), applied.out());
        try (Desk desk = TestDesks.withSampleData(dir)) {
            Profile p = desk.profiles().findProfile("mtm-country-MAR").orElseThrow();
            String text = desk.profiles().text(p.id(), "background", Lang.EN).orElseThrow().markdown();
            assertTrue(text.contains("<!-- answer q_bg_01 \u00b7 MAR \u00b7 MTM country profiles 2025 \u00b7 accepted "),
                    text.substring(Math.max(0, text.length() - 600)));
        }
        CommandRun again = run("update-from-round", "--profile", "mtm-country-MAR", "--round",
                "MTM country profiles 2025");
        assertTrue(again.out().strip().startsWith("The profile already says what the accepted answers"), again.out());
    }

    @Test
    void publishesNumberedVersionsAndShowsWhatChangedBetweenThem() {
        CommandRun first = run("publish", "--profile", "mtm-country-MAR");
        assertEquals(0, first.code(), first.err());
        assertTrue(first.out().startsWith("Published version 1 of \u201C"), first.out());
        try (Desk desk = TestDesks.withSampleData(dir)) {
            Profile p = desk.profiles().findProfile("mtm-country-MAR").orElseThrow();
            String text = desk.profiles().text(p.id(), "return", Lang.EN).orElseThrow().markdown();
            desk.profiles().saveText(p.id(), "return", Lang.EN, text + "\nA sentence added after publication.\n");
        }
        assertEquals(0, run("publish", "--profile", "mtm-country-MAR").code());
        CommandRun diff = run("diff", "--profile", "mtm-country-MAR", "--from", "1", "--to", "2");
        assertEquals(0, diff.code(), diff.err());
        assertTrue(diff.out().startsWith("## return (en)\n"), diff.out());
        assertTrue(diff.out().contains("+ A sentence added after publication."), diff.out());
        assertEquals(1, diff.out().lines().filter(l -> l.startsWith("## ")).count(), diff.out());

        CommandRun unknown = run("diff", "--profile", "mtm-country-MAR", "--from", "1", "--to", "7");
        assertEquals(1, unknown.code());
        assertTrue(unknown.lastErrLine().contains("no published version 7"), unknown.err());
    }

    @Test
    void listsAProfilesSourcesOnceEachWithTheRecordedTitleAndAccessedDate() {
        CommandRun r = run("sources", "--profile", "mtm-country-MAR");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().strip().lines().toList();
        assertEquals("title,url,accessed,used_in,web_address", lines.get(0));
        List<String> urls = lines.stream().skip(1).map(l -> l.replaceAll("^(\"[^\"]*\"|[^,]*),", "").split(",")[0])
                .toList();
        assertEquals(urls.stream().distinct().toList(), urls, "each address once");
        String review = lines.stream().filter(l -> l.contains(",https://www.example.org/mar/annual-review-"))
                .findFirst().orElseThrow();
        assertTrue(review.startsWith("\"Annual review of irregular migration, 2024 (Ministry of the Interior)\","
                + "https://www.example.org/mar/annual-review-irregular-migration-2024,2025-09-15,"), review);
        assertTrue(review.endsWith(",true"), review);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Office of the United Nations High Commissioner for "
                + "Refugees (UNHCR),https://www.unhcr.org,2025-09-18,")), "the first link text, no title recorded");

        CommandRun json = run("sources", "--profile", "mtm-route-central-med", "--format", "json");
        assertEquals(0, json.code(), json.err());
        assertTrue(json.out().contains("\"title\" : \"MTM expert meeting on the Central Mediterranean route: "
                + "conclusions\""), json.out());
        assertTrue(json.out().contains("\"accessed\" : \"2025-10-02\""), json.out());

        CommandRun unknown = run("sources", "--profile", "nowhere");
        assertEquals(1, unknown.code());
    }

    @Test
    void comparesTheRoutesCountriesAsTextCsvAndJson() {
        CommandRun text = run("compare", "--profile", "mtm-route-central-med");
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().contains("4 of 12 countries have a country profile."), text.out());
        assertTrue(text.out().contains("| Indicator | Unit | Guinea | C\u00f4te d\u2019Ivoire"), text.out());
        assertTrue(text.out().contains("| Persons rescued at sea | persons | no profile |"), text.out());

        CommandRun csv = run("compare", "--profile", "mtm-route-central-med", "--format", "csv", "--lang", "fr");
        assertEquals(0, csv.code(), csv.err());
        List<String> lines = csv.out().strip().lines().toList();
        assertEquals("code,indicator,unit,GIN,CIV,MLI,NGA,NER,ERI,SDN,TCD,LBY,TUN,MLT,ITA", lines.get(0));
        String asylum = lines.stream().filter(l -> l.startsWith("asylum_applications,")).findFirst().orElseThrow();
        assertTrue(asylum.contains(",pas de profil,"), asylum);
        assertTrue(asylum.contains(",\u2014,3\u00a0600 (2024),pas de profil,158\u00a0600 (2024)"),
                "Libya has no asylum figure, Tunisia and Italy their 2024 ones: " + asylum);

        CommandRun json = run("compare", "--profile", "mtm-route-central-med", "--format", "json", "--year", "2023");
        assertEquals(0, json.code(), json.err());
        assertTrue(json.out().contains("\"year\" : 2023"), json.out());
        assertTrue(json.out().contains("\"profile\" : \"mtm-country-LBY\""), json.out());
        assertTrue(json.out().contains("\"source_url\" : \"https://www.example.org/mtm/questionnaire-2025/LBY\""),
                json.out());

        CommandRun country = run("compare", "--profile", "mtm-country-MAR");
        assertEquals(1, country.code());
        assertTrue(country.err().contains("Only a route profile has countries to compare."), country.err());
    }

    @Test
    void rendersOneProfileInTheChosenFormatAndLanguagesWithAnIndex() throws java.io.IOException {
        Path out = dir.resolve("rendered");
        CommandRun r = run("render", "--profile", "mtm-country-MAR", "--format", "pdf", "--lang", "en,ar",
                "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(out)) {
            assertEquals(List.of("index.csv", "mtm-country-MAR-ar.pdf", "mtm-country-MAR-en.pdf"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        List<String> index = java.nio.file.Files.readAllLines(out.resolve("index.csv"));
        assertEquals(3, index.size(), index.toString());
        assertTrue(index.get(1).startsWith("mtm-country-MAR-en.pdf,mtm-country-MAR,"), index.get(1));
        assertTrue(r.out().strip().endsWith("2 files written, 0 not written; the index is " + out.resolve("index.csv")),
                r.out());
    }

    @Test
    void aPublicEditionOfTheRestrictedRouteProfileIsRefusedWithTheReasonAndExitOne() {
        Path out = dir.resolve("public");
        CommandRun r = run("render", "--profile", "mtm-route-central-med", "--format", "pdf", "--lang", "en",
                "--public", "--out", out.toString());
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("mtm-route-central-med-en-public.pdf: not written. The profile is restricted: "
                + "it has no public edition."), r.out());
        assertTrue(r.out().contains("0 files written, 1 not written"), r.out());
    }

    @Test
    void anUnknownLanguageIsRefusedWithTheLanguagesThatExist() {
        CommandRun r = run("render", "--profile", "mtm-country-MAR", "--lang", "xx", "--out",
                dir.resolve("xx").toString());
        assertEquals(1, r.code(), r.out() + r.err());
        assertEquals("error: No language called xx: say en, fr or ar.", r.lastErrLine());
        assertTrue(r.out().isEmpty(), "nothing rendered: " + r.out());
    }

    @Test
    void aFolderThatCannotBeWrittenInIsRefusedBeforeAnythingIsRendered() throws java.io.IOException {
        Path file = java.nio.file.Files.writeString(dir.resolve("not-a-folder"), "kept as it is");
        CommandRun r = run("render", "--profile", "mtm-country-MAR", "--format", "pdf", "--lang", "en",
                "--out", file.toString());
        assertEquals(1, r.code(), r.out() + r.err());
        assertEquals("error: folder: " + file + " cannot be written in: choose another folder.", r.lastErrLine());
        assertEquals("kept as it is", java.nio.file.Files.readString(file));
    }
}
