package org.dialoguedesk.render.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.dialoguedesk.TestDesks;
import org.dialoguedesk.app.Desk;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.common.Localized;
import org.dialoguedesk.common.Messages;
import org.dialoguedesk.common.Problem;
import org.dialoguedesk.common.ValidationException;
import org.dialoguedesk.common.table.Table;
import org.dialoguedesk.meeting.Delegation;
import org.dialoguedesk.meeting.Gender;
import org.dialoguedesk.meeting.LetterTemplates;
import org.dialoguedesk.meeting.Logistics;
import org.dialoguedesk.meeting.Meeting;
import org.dialoguedesk.meeting.MeetingDocuments;
import org.dialoguedesk.meeting.Participant;
import org.dialoguedesk.meeting.ParticipantCategory;
import org.dialoguedesk.meeting.ParticipantRole;
import org.dialoguedesk.meeting.ParticipantStatus;
import org.dialoguedesk.render.doc.PdfReading;
import org.dialoguedesk.render.sheet.XlsxTables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample meeting's documents, made once, read back. */
class MeetingDocumentsTest {

    @TempDir
    static Path dir;

    private static Desk desk;
    private static MeetingDocuments.Result result;
    private static Path out;
    private static List<Participant> people;

    @BeforeAll
    static void makeDocuments() throws IOException {
        desk = TestDesks.withSampleData(dir.resolve("desk"));
        Meeting meeting = desk.meetings().meetings().stream().filter(Meeting::sample).findFirst().orElseThrow();
        // asked for a visa letter and gave her passport (the sample's own passport data was deleted when the
        // desk opened, the meeting being over: its Congolese participant has a pending letter and no passport)
        desk.meetings().saveParticipant(new Participant(null, meeting.id(), null, "Grace Okafor", "", Gender.FEMALE,
                Delegation.ofCountry("NGA"), ParticipantCategory.PARTNER_STATE, ParticipantRole.DELEGATE,
                ParticipantStatus.INVITED, Lang.EN, true, false, new Logistics(null, null, null, null,
                new Logistics.Visa(true, LocalDate.of(2019, 6, 20), null, "Embassy of Spain in Abuja"),
                new Logistics.Passport("A07731942", "NGA", LocalDate.of(2028, 3, 1), LocalDate.of(1984, 9, 12)),
                "", "")));
        people = desk.meetings().participants(meeting.id());
        out = dir.resolve("out");
        result = desk.meetingDocuments().run(new MeetingDocuments.Request(meeting.id(), List.of(Lang.EN, Lang.AR), out));
    }

    @AfterAll
    static void close() {
        desk.close();
    }

    private static String page(String file) throws IOException {
        PdfReader reader = new PdfReader(Files.readAllBytes(out.resolve(file)));
        try {
            return new PdfTextExtractor(reader).getTextFromPage(1);
        } finally {
            reader.close();
        }
    }

    @Test
    void lettersAreToTheParticipantInTheirLanguage() throws IOException {
        assertTrue(page("invitation-spain-marta-garcia.pdf").contains("Dear Marta García"));
        Set<String> arabic = PdfReading.arabicWords(page("invitation-morocco-karim-tazi.pdf"));
        assertTrue(arabic.containsAll(Set.of("كريم", "التازي", "مدريد")), arabic.toString());
        assertTrue(Files.size(out.resolve("invitation-morocco-karim-tazi.docx")) > 0);
        assertTrue(page("visa-nigeria-grace-okafor.pdf").contains("A07731942"));
    }

    @Test
    void aVisaLetterWithoutPassportIsRefusedNamingThePerson() {
        assertEquals(List.of(Problem.of("passport", "meeting.docs.problem.noPassport", "Abdoulaye Mabiala")),
                result.refused());
        assertTrue(Files.exists(out.resolve("invitation-republic-of-the-congo-abdoulaye-mabiala.pdf")),
                "the run went on");
        assertFalse(Files.exists(out.resolve("visa-republic-of-the-congo-abdoulaye-mabiala.pdf")));
    }

    @Test
    void participantListLeavesOutThoseWithoutConsentOrWhoDidNotCome() {
        Table list = XlsxTables.read(out.resolve("participant-list-en.xlsx"));
        List<String> names = list.rows().stream().map(r -> r.get(1)).toList();
        for (Participant p : people) {
            boolean shown = p.consentToList() && p.status() != ParticipantStatus.DECLINED
                    && p.status() != ParticipantStatus.NO_SHOW;
            assertEquals(shown, names.contains(p.name()), p.name() + " " + p.status() + " " + p.consentToList());
        }
        assertTrue(people.stream().anyMatch(p -> !p.consentToList()), "the sample has people without consent");
    }

    @Test
    void indexNamesEveryFile() throws IOException {
        List<String> lines = Files.readAllLines(result.index());
        assertEquals(result.produced().size() + 1, lines.size());
        assertTrue(lines.containsAll(List.of("badges-en.pdf,badges,en,", "badges-ar.pdf,badges,ar,",
                "rooming-list-ar.xlsx,rooming list,ar,", "flight-arrivals-en.xlsx,flight arrivals,en,")), lines.toString());
    }

    @Test
    void roomingAndArrivalsListsComeInEachLanguageWithTheirValuesTranslated() throws IOException, InvalidFormatException {
        Table en = XlsxTables.read(out.resolve("rooming-list-en.xlsx"));
        Table ar = XlsxTables.read(out.resolve("rooming-list-ar.xlsx"));
        assertEquals("Room", en.header().get(5));
        assertEquals("الغرفة", ar.header().get(5));
        assertTrue(en.rows().stream().anyMatch(r -> r.get(5).equals("Single")));
        assertTrue(ar.rows().stream().anyMatch(r -> r.get(5).equals("فردية")));
        assertTrue(ar.rows().stream().anyMatch(r -> r.get(2).equals("حضر")), "statuses in Arabic");
        Table arrivals = XlsxTables.read(out.resolve("flight-arrivals-ar.xlsx"));
        assertEquals("الرحلة", arrivals.header().get(1));
        assertTrue(arrivals.rows().stream().allMatch(r -> r.get(6).equals("نعم") || r.get(6).equals("لا")));
        try (XSSFWorkbook arabic = new XSSFWorkbook(out.resolve("rooming-list-ar.xlsx").toFile());
             XSSFWorkbook english = new XSSFWorkbook(out.resolve("rooming-list-en.xlsx").toFile())) {
            assertTrue(arabic.getSheetAt(0).isRightToLeft(), "the Arabic list runs from the right");
            assertFalse(english.getSheetAt(0).isRightToLeft());
        }
    }

    @Test
    void theBadgeBandNamesTheRoleInTheSheetsLanguageInAColourOfItsOwn() throws IOException {
        Set<String> arabic = PdfReading.arabicWords(page("badges-ar.pdf"));
        assertTrue(arabic.containsAll(Set.of("رئيس", "مشارك", "مندوب")), "co-chair and delegate: " + arabic);
        assertFalse(PdfReading.arabicWords(page("badges-en.pdf")).contains("مندوب"));
        String english = page("badges-en.pdf");
        assertTrue(english.contains("Head of delegation") && english.contains("Delegate"), english);
        assertFalse(english.contains("Partner state"), "the band names the role, not the category");
        assertEquals(ParticipantRole.values().length, java.util.Arrays.stream(ParticipantRole.values())
                .map(DocumentMeetingRenderer::band).distinct().count(), "each role has its colour");
    }

    @Test
    void theArabicLetterNamesTheVenueInArabicWithItsFullStopOnTheArabicSide() throws IOException {
        Set<String> arabic = PdfReading.arabicWords(page("invitation-morocco-karim-tazi.pdf"));
        assertTrue(arabic.containsAll(Set.of("وزارة", "الداخلية")), arabic.toString());
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(out.resolve("invitation-morocco-karim-tazi.docx")))) {
            assertTrue(doc.getParagraphs().stream().anyMatch(p -> p.getText().contains("في وزارة الداخلية، مدريد.")));
        }
        Meeting latinOnly = desk.meetings().meetings().get(0);
        latinOnly = new Meeting(latinOnly.meta(), latinOnly.dialogueId(), latinOnly.type(), latinOnly.title(), "",
                latinOnly.hostCountry(), latinOnly.city(), Localized.of("Palacio de Congresos"), latinOnly.startDate(),
                latinOnly.endDate(), latinOnly.coChairs(), latinOnly.workingLanguages(), latinOnly.booths(), 1,
                latinOnly.status(), false);
        assertEquals("Palacio de Congresos\u200F", MeetingDocuments.venue(latinOnly, Lang.AR),
                "a Latin venue closed by a right-to-left mark in Arabic");
        assertEquals("Palacio de Congresos", MeetingDocuments.venue(latinOnly, Lang.FR));
    }

    @Test
    void theSummarySaysOneFileAndTwoInArabicAsTheLanguageCounts() {
        assertEquals("1 file written, 1 document refused, 0 warnings. Index: i.csv",
                Messages.english().get("meeting.docs.cli.summary", 1, 1, 0, "i.csv"));
        assertEquals("2 fichiers écrits, 0 document refusé, 1 avertissement. Index : i.csv",
                new Messages(Lang.FR).get("meeting.docs.cli.summary", 2, 0, 1, "i.csv"));
        String ar = new Messages(Lang.AR).get("meeting.docs.cli.summary", 2, 1, 11, "i.csv");
        assertTrue(ar.startsWith("كُتب ملفان، ورُفضت وثيقة واحدة، و"), ar);
    }

    @Test
    void anUnknownPlaceholderInAnEditedTemplateIsRefused() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(folder.resolve("invitation_fr.md"), "Cher {nom}, bienvenue à {city}.");
        LetterTemplates templates = new LetterTemplates(folder);
        ValidationException e = assertThrows(ValidationException.class,
                () -> templates.template(LetterTemplates.Kind.INVITATION, Lang.FR));
        String message = Messages.english().format(e.problems().get(0));
        assertTrue(message.contains("{nom}") && message.contains(folder.resolve("invitation_fr.md").toString()),
                message);
        assertTrue(templates.template(LetterTemplates.Kind.INVITATION, Lang.EN).contains("{coChairs}"),
                "the shipped template where none was edited");
    }
}
