package org.dialoguedesk.render.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.SimpleBookmark;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.dialoguedesk.app.Desk;
import org.dialoguedesk.app.UiTestDesks;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.common.ValidationException;
import org.dialoguedesk.profile.Profile;
import org.dialoguedesk.profile.ProfileBatch;
import org.dialoguedesk.profile.ProfileExport;
import org.dialoguedesk.profile.ProfileRenderer;
import org.dialoguedesk.render.doc.PdfReading;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample Moroccan profile rendered in three languages and two formats, read back as a reader would. */
class ProfileRenderingTest {

    @TempDir
    Path dir;
    Desk desk;
    Profile morocco;

    @BeforeEach
    void open() {
        desk = UiTestDesks.withSampleData(dir.resolve("desk"));
        morocco = desk.profiles().findProfile("mtm-country-MAR").orElseThrow();
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private ProfileBatch.Result render(List<Lang> langs, boolean publicOnly, Path out) throws IOException {
        return desk.profileBatch().run(new ProfileBatch.Request(List.of(morocco.id()),
                EnumSet.allOf(ProfileRenderer.Format.class), langs, publicOnly, out), (d, t, f) -> { }, () -> false);
    }

    @Test
    void everyLanguageAndFormatIsWrittenWithAnIndexAndNoHalfWrittenFile() throws IOException {
        Path out = dir.resolve("out");
        ProfileBatch.Result result = render(List.of(Lang.values()), false, out);
        assertEquals(6, result.produced().size(), result.skipped().toString());
        List<String> index = Files.readAllLines(out.resolve(ProfileBatch.INDEX));
        assertEquals("file,profile,title,language,format,edition,sections,left_out", index.get(0));
        assertEquals(7, index.size());
        String arabic = index.stream().filter(l -> l.startsWith("mtm-country-MAR-ar.pdf,mtm-country-MAR,"))
                .findFirst().orElseThrow();
        assertTrue(arabic.contains(morocco.title().ar()), arabic);
        assertTrue(arabic.matches(".*,ar,pdf,(draft|draft after v\\d+|v\\d+),7,0"), arabic);
        try (Stream<Path> files = Files.list(out)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".part")));
        }
    }

    @Test
    void theEnglishPdfHasCoverContentsOutlineAndEmbeddedFonts() throws IOException {
        Path out = dir.resolve("out");
        render(List.of(Lang.EN), false, out);
        byte[] bytes = Files.readAllBytes(out.resolve("mtm-country-MAR-en.pdf"));
        PdfReader reader = new PdfReader(bytes);
        assertTrue(reader.getNumberOfPages() >= 30, "about forty pages: " + reader.getNumberOfPages());
        PdfTextExtractor text = new PdfTextExtractor(reader);
        String cover = text.getTextFromPage(1);
        assertTrue(cover.contains("RESTRICTED"), cover);
        assertTrue(cover.contains("This document contains: 1 General background; 2 Detection"), cover);
        assertTrue(text.getTextFromPage(2).contains("Contents"), "the contents follow the cover");
        assertTrue(text.getTextFromPage(2).contains("Page 2 of " + reader.getNumberOfPages()));
        List<Map<String, Object>> outline = SimpleBookmark.getBookmarkList(reader);
        assertEquals("1 General background", outline.get(0).get("Title"));
        assertEquals("8 Sources", outline.get(outline.size() - 1).get("Title"));
        String raw = new String(bytes, StandardCharsets.ISO_8859_1);
        assertTrue(raw.contains("/FontFile2"), "fonts embedded");
        assertFalse(raw.contains("/BaseFont/Helvetica") || raw.contains("/BaseFont /Helvetica"),
                "no font the reader must have");
        reader.close();
    }

    @Test
    void theArabicPdfAndWordFileReadRightToLeft() throws IOException {
        Path out = dir.resolve("out");
        render(List.of(Lang.AR), false, out);
        PdfReader reader = new PdfReader(Files.readAllBytes(out.resolve("mtm-country-MAR-ar.pdf")));
        Set<String> words = new HashSet<>();
        PdfTextExtractor text = new PdfTextExtractor(reader);
        for (int p = 1; p <= reader.getNumberOfPages(); p++) {
            words.addAll(PdfReading.arabicWords(text.getTextFromPage(p)));
        }
        for (String expected : List.of("المحتويات", "الكشف", "المصادر", "مقيّد")) {
            assertTrue(words.contains(PdfReading.withoutMarks(expected)), expected + " in " + words.stream().filter(w -> w.startsWith("مق"))
                    .toList());
        }
        reader.close();
        try (InputStream in = Files.newInputStream(out.resolve("mtm-country-MAR-ar.docx"));
             XWPFDocument word = new XWPFDocument(in)) {
            List<XWPFParagraph> headings = word.getParagraphs().stream()
                    .filter(p -> "Heading1".equals(p.getStyle())).toList();
            assertEquals("2 الكشف", headings.get(1).getText());
            assertTrue(headings.stream().allMatch(p -> p.getCTP().getPPr().isSetBidi()));
            assertFalse(word.getTables().isEmpty());
            assertTrue(word.getTables().get(0).getCTTbl().getTblPr().isSetBidiVisual());
        }
    }

    @Test
    void aPublicEditionLeavesTheRestrictedSectionsOutAndSaysSo() throws IOException {
        ProfileExport export = desk.profileExports().export(morocco.id(), Lang.EN, true);
        List<String> restricted = desk.profiles().sections(morocco.id()).stream()
                .filter(s -> s.access() == org.dialoguedesk.profile.Access.RESTRICTED).map(s -> s.code()).toList();
        assertFalse(restricted.isEmpty(), "the sample has restricted sections");
        assertTrue(export.sections().stream().noneMatch(p -> restricted.contains(p.code())));
        assertEquals(restricted.size(), export.leftOut().size());
        assertFalse(export.restricted(), "nothing restricted is left in it");

        Path out = dir.resolve("public");
        render(List.of(Lang.EN), true, out);
        PdfReader reader = new PdfReader(Files.readAllBytes(out.resolve("mtm-country-MAR-en-public.pdf")));
        PdfTextExtractor text = new PdfTextExtractor(reader);
        StringBuilder all = new StringBuilder();
        for (int p = 1; p <= reader.getNumberOfPages(); p++) {
            all.append(text.getTextFromPage(p)).append('\n');
        }
        assertTrue(all.toString().contains("Left out of this public edition, as restricted: Detection"), all.substring(0, 600));
        assertFalse(all.toString().contains("RESTRICTED"));
        assertTrue(SimpleBookmark.getBookmarkList(reader).stream().noneMatch(b -> b.get("Title").toString()
                .endsWith(" Detection")), "no restricted section's heading");
        reader.close();
    }

    @Test
    void aRestrictedProfileHasNoPublicEdition() throws IOException {
        Profile route = desk.profiles().findProfile("mtm-route-central-med").orElseThrow();
        ValidationException refused = org.junit.jupiter.api.Assertions.assertThrows(ValidationException.class,
                () -> desk.profileExports().export(route.id(), Lang.EN, true));
        assertEquals("profile.render.problem.restrictedProfile", refused.problems().get(0).messageKey());
        ProfileBatch.Result result = desk.profileBatch().run(new ProfileBatch.Request(List.of(route.id()),
                EnumSet.of(ProfileRenderer.Format.PDF), List.of(Lang.EN), true, dir.resolve("route")),
                (d, t, f) -> { }, () -> false);
        assertTrue(result.produced().isEmpty());
        assertEquals(1, result.skipped().size());
        assertFalse(Files.exists(dir.resolve("route").resolve("mtm-route-central-med-en-public.pdf")));
    }

    @Test
    void aCancelledRunStopsBetweenFiles() throws IOException {
        int[] asked = {0};
        ProfileBatch.Result result = desk.profileBatch().run(new ProfileBatch.Request(List.of(morocco.id()),
                EnumSet.allOf(ProfileRenderer.Format.class), List.of(Lang.values()), false, dir.resolve("c")),
                (d, t, f) -> { }, () -> ++asked[0] > 2);
        assertTrue(result.cancelled());
        assertEquals(2, result.produced().size());
    }
}
