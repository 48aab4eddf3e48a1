package org.dialoguedesk.meeting.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.dialoguedesk.common.AtomicFiles;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.meeting.FormalCountryNames;
import org.dialoguedesk.meeting.Meeting;
import org.dialoguedesk.meeting.MeetingNewsItem;
import org.dialoguedesk.meeting.MeetingService;
import org.dialoguedesk.meeting.MeetingStatistics;
import org.dialoguedesk.roster.Country;
import org.dialoguedesk.roster.RosterService;
import org.dialoguedesk.ui.DialogService;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.JobRunner;

/**
 * After the meeting: its statistics over the attended participants, worded for tables and charts with
 * the same digits ({@link CountFormat}), and the news item drafted in English and French, which the
 * officer copies or saves to a text file (written atomically, so a failed save leaves any earlier file
 * whole, and said so in the warning style).
 */
public final class AfterMeetingViewModel {

    /** The two languages the News Centre publishes in, in the order the screen shows them. */
    public static final List<Lang> NEWS_LANGUAGES = List.of(Lang.EN, Lang.FR);

    /** A line of a statistics table, which is also a bar of its chart. */
    public record CountRow(String label, long count, String countText) {
    }

    /** A country of the attended delegations and how the statistics count it. */
    public record CountryRow(String country, String region, String partner, String arab, long count,
                             String countText) {
    }

    private record Loaded(Meeting meeting, String summary, List<CountRow> regions, List<CountRow> categories,
                          List<CountRow> genders, List<CountRow> organisations, List<CountryRow> countries,
                          Map<Lang, MeetingNewsItem> news) {
    }

    private final MeetingService meetings;
    private final RosterService roster;
    private final JobRunner jobs;
    private final DialogService dialogs;
    private final I18n i18n;
    private final CountFormat counts;
    private final ObservableList<CountRow> regions = FXCollections.observableArrayList();
    private final ObservableList<CountRow> categories = FXCollections.observableArrayList();
    private final ObservableList<CountRow> genders = FXCollections.observableArrayList();
    private final ObservableList<CountRow> organisations = FXCollections.observableArrayList();
    private final ObservableList<CountryRow> countries = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final Map<Lang, ReadOnlyStringWrapper> news = new EnumMap<>(Lang.class);
    private final ReadOnlyObjectWrapper<MeetingNotice> notice =
            new ReadOnlyObjectWrapper<>(this, "notice", MeetingNotice.NONE);
    private Meeting meeting;

    public AfterMeetingViewModel(MeetingService meetings, RosterService roster, JobRunner jobs, DialogService dialogs,
                                 I18n i18n) {
        this.meetings = meetings;
        this.roster = roster;
        this.jobs = jobs;
        this.dialogs = dialogs;
        this.i18n = i18n;
        this.counts = new CountFormat(i18n.lang());
        for (Lang l : NEWS_LANGUAGES) {
            news.put(l, new ReadOnlyStringWrapper(this, "news-" + l.code(), ""));
        }
    }

    /** Counts and drafts anew for this meeting (none: empties the screen), e.g. after a status changed. */
    public void show(Meeting chosen) {
        if (chosen == null) {
            apply(null);
            return;
        }
        UUID id = chosen.id();
        jobs.run(i18n.get("meeting.after.job.load"), () -> read(id), this::apply,
                e -> notice.set(MeetingNotice.warning(i18n.describe(e))));
    }

    private Loaded read(UUID id) {
        Meeting m = meetings.meeting(id).orElseThrow();
        MeetingStatistics s = MeetingStatistics.of(meetings.participants(id), roster::country);
        MeetingWording wording = MeetingWording.of(MeetingChoices.read(roster, i18n), i18n);
        Map<Lang, MeetingNewsItem> items = new EnumMap<>(Lang.class);
        FormalCountryNames formal = FormalCountryNames.bundled();
        for (Lang l : NEWS_LANGUAGES) {
            items.put(l, MeetingNewsItem.draft(m, s, l, roster, formal));
        }
        List<CountRow> categories = new ArrayList<>();
        s.byCategory().forEach((c, n) -> categories.add(row(i18n.name(c), n)));
        List<CountRow> genders = new ArrayList<>();
        s.byGender().forEach((g, n) -> genders.add(row(i18n.name(g), n)));
        Collator collator = Collator.getInstance(i18n.lang().locale());
        List<CountRow> organisations = s.byOrganisation().entrySet().stream()
                .map(e -> row(wording.organisation(e.getKey()), e.getValue()))
                .sorted(Comparator.comparing(CountRow::label, collator)).toList();
        List<CountryRow> countries = s.byCountry().entrySet().stream()
                .map(e -> country(wording.country(e.getKey()), e.getKey(), s, e.getValue()))
                .sorted(Comparator.comparing(CountryRow::country, collator)).toList();
        return new Loaded(m, summary(s), regions(s), categories, genders, organisations, countries, items);
    }

    private String summary(MeetingStatistics s) {
        if (s.participants() == 0) {
            return i18n.get("meeting.after.summary.none");
        }
        return i18n.get("meeting.after.summary", counts.format(s.participants()),
                counts.format(s.partnerCountries().size()), counts.format(s.european()), counts.format(s.african()),
                counts.format(s.other()), counts.format(s.arab()));
    }

    /** Partner countries: the European, African and other partition, then the Arab flag across it. */
    private List<CountRow> regions(MeetingStatistics s) {
        return List.of(row(i18n.get("meeting.after.region.european"), s.european()),
                row(i18n.get("meeting.after.region.african"), s.african()),
                row(i18n.get("meeting.after.region.other"), s.other()),
                row(i18n.get("meeting.after.region.arab"), s.arab()));
    }

    private CountryRow country(String name, String code, MeetingStatistics s, long n) {
        String region = switch (MeetingStatistics.bucket(roster.country(code).map(Country::region))) {
            case EUROPEAN -> i18n.get("meeting.after.region.european");
            case AFRICAN -> i18n.get("meeting.after.region.african");
            case OTHER -> i18n.get("meeting.after.region.other");
        };
        String partner = i18n.get(s.partnerCountries().contains(code) ? "meeting.after.yes" : "meeting.after.no");
        String arab = MeetingStatistics.ARAB_LEAGUE.contains(code) ? i18n.get("meeting.after.yes") : "";
        return new CountryRow(name, region, partner, arab, n, counts.format(n));
    }

    private CountRow row(String label, long n) {
        return new CountRow(label, n, counts.format(n));
    }

    private void apply(Loaded l) {
        meeting = l == null ? null : l.meeting();
        summary.set(l == null ? "" : l.summary());
        regions.setAll(l == null ? List.of() : l.regions());
        categories.setAll(l == null ? List.of() : l.categories());
        genders.setAll(l == null ? List.of() : l.genders());
        organisations.setAll(l == null ? List.of() : l.organisations());
        countries.setAll(l == null ? List.of() : l.countries());
        for (Lang lang : NEWS_LANGUAGES) {
            news.get(lang).set(l == null ? "" : l.news().get(lang).text());
        }
    }

    /** The drafted item in English or French, headline first; empty when no meeting is shown. */
    public String newsText(Lang lang) {
        return Optional.ofNullable(news.get(lang)).map(ReadOnlyStringWrapper::get).orElse("");
    }

    /** Says the item is on the clipboard (the view puts it there: the clipboard is the toolkit's). */
    public void copied(Lang lang) {
        notice.set(MeetingNotice.done(i18n.get("meeting.after.news.copied", i18n.name(lang))));
    }

    /** Asks where to save the item in that language, then writes it there as UTF-8 text. */
    public void saveNews(Lang lang) {
        String text = newsText(lang);
        if (meeting == null || text.isEmpty()) {
            return;
        }
        String suggested = "news-" + meeting.startDate() + "-" + lang.code() + ".txt";
        Optional<Path> chosen = dialogs.saveFile(i18n.get("meeting.after.news.saveTitle", i18n.name(lang)), suggested,
                List.of(new DialogService.FileType(i18n.get("meeting.after.news.fileType"), List.of("txt"))));
        if (chosen.isEmpty()) {
            return;
        }
        Path target = chosen.get();
        jobs.run(i18n.get("meeting.after.job.saveNews"), () -> write(target, text),
                written -> notice.set(MeetingNotice.done(i18n.get("meeting.after.news.saved", i18n.name(lang),
                        written.toString()))),
                e -> notice.set(MeetingNotice.warning(i18n.get("meeting.after.news.notSaved", target.toString(),
                        reason(e)))));
    }

    private static Path write(Path target, String text) {
        try {
            AtomicFiles.write(target, o -> o.write(text.getBytes(StandardCharsets.UTF_8)));
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Why the file was not written, in words: a denied folder is the usual case (a read-only stick). */
    private String reason(Throwable e) {
        Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        if (cause instanceof AccessDeniedException) {
            return i18n.get("meeting.after.news.denied");
        }
        if (cause instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return String.valueOf(cause.getMessage());
    }

    /** The digits of the tables, for the charts' axes. */
    public CountFormat counts() {
        return counts;
    }

    public ObservableList<CountRow> regions() {
        return regions;
    }

    public ObservableList<CountRow> categories() {
        return categories;
    }

    public ObservableList<CountRow> genders() {
        return genders;
    }

    public ObservableList<CountRow> organisations() {
        return organisations;
    }

    public ObservableList<CountryRow> countries() {
        return countries;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty newsProperty(Lang lang) {
        return news.get(lang).getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<MeetingNotice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }
}
