package org.dialoguedesk.meeting.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dialoguedesk.app.Desk;
import org.dialoguedesk.app.UiTestDesks;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.meeting.Meeting;
import org.dialoguedesk.meeting.Participant;
import org.dialoguedesk.meeting.ParticipantStatus;
import org.dialoguedesk.meeting.ui.AfterMeetingViewModel.CountRow;
import org.dialoguedesk.meeting.ui.AfterMeetingViewModel.CountryRow;
import org.dialoguedesk.ui.FakeDialogService;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.SameThreadJobRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The statistics and news item of the sample meeting as the "After the meeting" tab shows them. */
class AfterMeetingViewModelTest {

    @TempDir
    Path dir;
    Desk desk;
    Meeting sample;
    FakeDialogService dialogs = new FakeDialogService();

    @BeforeEach
    void open() {
        desk = UiTestDesks.withSampleData(dir.resolve("db"));
        sample = desk.meetings().meetings().stream().filter(Meeting::sample).findFirst().orElseThrow();
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private AfterMeetingViewModel model(Lang lang) {
        AfterMeetingViewModel vm = new AfterMeetingViewModel(desk.meetings(), desk.roster(),
                new SameThreadJobRunner(e -> {
                    throw new AssertionError(e);
                }), dialogs, new I18n(lang));
        vm.show(sample);
        return vm;
    }

    private static long count(List<CountRow> rows, String label) {
        return rows.stream().filter(r -> r.label().equals(label)).findFirst().orElseThrow().count();
    }

    @Test
    void theSampleMeetingShowsTheSeedsFacts() {
        AfterMeetingViewModel vm = model(Lang.EN);
        assertTrue(vm.summaryProperty().get().startsWith("80 participants attended, from 33 partner countries: "
                + "13 European, 20 African and 0 from other regions;"), vm.summaryProperty().get());
        assertEquals(13, count(vm.regions(), "European"));
        assertEquals(20, count(vm.regions(), "African"));
        assertEquals(0, count(vm.regions(), "Other regions"));
        assertEquals(List.of(28L, 48L, 4L), vm.genders().stream().map(CountRow::count).toList());
        assertEquals(80, vm.categories().stream().mapToLong(CountRow::count).sum());
        assertEquals(34, vm.countries().size(), "33 partner countries and Lebanon");
        assertEquals(33, vm.countries().stream().filter(r -> r.partner().equals("Yes")).count());
        CountryRow lebanon = vm.countries().stream().filter(r -> r.country().equals("Lebanon")).findFirst()
                .orElseThrow();
        assertEquals(List.of("No", "Yes", "1"), List.of(lebanon.partner(), lebanon.arab(), lebanon.countText()));
        CountryRow morocco = vm.countries().stream().filter(r -> r.country().equals("Morocco")).findFirst()
                .orElseThrow();
        assertEquals("African", morocco.region(), "North Africa counts as Africa");
        assertEquals(12, vm.organisations().stream().filter(r -> r.label().startsWith("ICMPD \u2014 "))
                .findFirst().orElseThrow().count());
        assertTrue(vm.newsText(Lang.EN).contains("gathered 80 participants representing 33 partner countries of the "
                + "Dialogue (of which 13 were European and 20 were African countries)"), vm.newsText(Lang.EN));
        assertTrue(vm.newsText(Lang.FR).contains("a rassemblé 80 participants représentant 33 pays partenaires"),
                vm.newsText(Lang.FR));
    }

    @Test
    void anArabicWindowWritesTheSameDigitsInTablesChartsAndSummary() {
        AfterMeetingViewModel vm = model(Lang.AR);
        CountRow european = vm.regions().get(0);
        assertEquals(13, european.count());
        assertEquals("\u0661\u0663", european.countText(), "Arabic-Indic digits");
        assertEquals(european.countText(), vm.counts().axis().toString(13), "the chart's axis writes 13 alike");
        assertEquals("", vm.counts().axis().toString(2.5), "no tick between whole participants");
        assertTrue(vm.summaryProperty().get().contains("\u0668\u0660"), vm.summaryProperty().get());
        assertFalse(vm.summaryProperty().get().matches(".*[0-9].*"), "no Western digit among Arabic ones");
        assertTrue(vm.newsText(Lang.EN).contains("80 participants"), "the news items stay in English and French");
    }

    @Test
    void aStatusChangeIsCountedWhenShownAgain() {
        AfterMeetingViewModel vm = model(Lang.EN);
        Participant noShow = desk.meetings().participants(sample.id()).stream()
                .filter(p -> p.status() == ParticipantStatus.NO_SHOW).findFirst().orElseThrow();
        desk.meetings().saveParticipant(new Participant(noShow.meta(), noShow.meetingId(), noShow.contactId(),
                noShow.name(), noShow.nameAr(), noShow.gender(), noShow.delegation(), noShow.category(), noShow.role(),
                ParticipantStatus.ATTENDED, noShow.language(), noShow.consentToList(), noShow.sample(),
                noShow.logistics()));
        vm.show(sample);
        assertTrue(vm.summaryProperty().get().startsWith("81 participants attended"), vm.summaryProperty().get());
        vm.show(null);
        assertEquals("", vm.summaryProperty().get());
        assertEquals(List.of(), vm.countries());
    }

    @Test
    void theNewsItemIsSavedWhereTheOfficerChoseAndAFailureIsAWarning() throws Exception {
        AfterMeetingViewModel vm = model(Lang.EN);
        dialogs.saveAnswer = dir.resolve("out/news.txt");
        vm.saveNews(Lang.FR);
        assertEquals("news-2019-07-10-fr.txt", dialogs.suggestedName);
        assertEquals(vm.newsText(Lang.FR), Files.readString(dialogs.saveAnswer));
        MeetingNotice saved = vm.noticeProperty().get();
        assertFalse(saved.warning());
        assertEquals("The news item in French was saved to " + dialogs.saveAnswer + ".", saved.text());

        Path blocker = dir.resolve("blocker");
        Files.writeString(blocker, "a file where a folder should be");
        dialogs.saveAnswer = blocker.resolve("news.txt");
        vm.saveNews(Lang.EN);
        MeetingNotice failed = vm.noticeProperty().get();
        assertTrue(failed.warning(), "a file that was not written is not shown as a success");
        assertTrue(failed.text().startsWith("The news item was not saved to " + dialogs.saveAnswer + ": "),
                failed.text());
        assertEquals("a file where a folder should be", Files.readString(blocker));

        dialogs.saveAnswer = null;
        vm.copied(Lang.EN);
        vm.saveNews(Lang.EN);
        assertEquals("The news item in English is on the clipboard.", vm.noticeProperty().get().text(),
                "a cancelled save says nothing");
    }
}
