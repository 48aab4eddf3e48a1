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
import org.dialoguedesk.TestDesks;
import org.dialoguedesk.app.Desk;
import org.dialoguedesk.common.Lang;
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
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("badges.pdf,")));
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
