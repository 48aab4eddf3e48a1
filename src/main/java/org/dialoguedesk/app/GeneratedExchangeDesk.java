package org.dialoguedesk.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.dialoguedesk.common.DeskException;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.common.Localized;
import org.dialoguedesk.meeting.AgendaSession;
import org.dialoguedesk.meeting.Delegation;
import org.dialoguedesk.meeting.Gender;
import org.dialoguedesk.meeting.Logistics;
import org.dialoguedesk.meeting.Meeting;
import org.dialoguedesk.meeting.MeetingStatus;
import org.dialoguedesk.meeting.MeetingType;
import org.dialoguedesk.meeting.Participant;
import org.dialoguedesk.meeting.ParticipantCategory;
import org.dialoguedesk.meeting.ParticipantRole;
import org.dialoguedesk.meeting.ParticipantStatus;
import org.dialoguedesk.meeting.SessionKind;
import org.dialoguedesk.profile.Profile;
import org.dialoguedesk.questionnaire.AnswerSource;
import org.dialoguedesk.questionnaire.AnswerValues;
import org.dialoguedesk.questionnaire.ProposedAnswer;
import org.dialoguedesk.questionnaire.Question;
import org.dialoguedesk.questionnaire.Recipient;
import org.dialoguedesk.questionnaire.TemplateVersion;
import org.dialoguedesk.roster.Country;
import org.dialoguedesk.roster.Dialogue;

/**
 * A whole desk as large as a busy secretariat's, for the bundle benchmarks: generated contacts, meetings
 * with their agenda and participants, questionnaire rounds answered by every country, and copies of the
 * sample profile with its texts in three languages. Everything goes through the services (as an officer's
 * work would), on top of the sample data, so every rule the services check applies to it.
 */
final class GeneratedExchangeDesk {

    /** How much to generate. */
    record Size(int contacts, int meetings, int rounds, int profiles) {
        static final Size ISSUE_7 = new Size(20_000, 300, 40, 150);
        static final int SESSIONS = 4;
        static final int PARTICIPANTS = 12;

        /** {@code contacts=20000 meetings=300(x4 sessions, x12 participants) rounds=40(x70 countries answered) profiles=150(x3 languages)}. */
        String describe() {
            return String.format(Locale.ROOT, "contacts=%d meetings=%d(x%d sessions, x%d participants) "
                            + "rounds=%d(x%d countries answered) profiles=%d(x3 languages)", contacts, meetings, SESSIONS,
                    PARTICIPANTS, rounds, FormsBench.COUNTRIES, profiles);
        }
    }

    private static final SessionKind[] KINDS = {SessionKind.OPENING, SessionKind.PLENARY, SessionKind.PANEL,
        SessionKind.CLOSING};

    private GeneratedExchangeDesk() {
    }

    /**
     * {@code FILE CONTACTS MEETINGS ROUNDS PROFILES}: generates the desk in a process of its own, so that
     * the process that times commands on it has run nothing but them (see {@link #createApart}); prints
     * how long each part took.
     */
    public static void main(String[] args) {
        Size size = new Size(Integer.parseInt(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]),
                Integer.parseInt(args[4]));
        System.out.println(create(Path.of(args[0]), size));
    }

    /**
     * {@link #create} run by another Java process on the same class path: minutes of generating through
     * the services would otherwise leave the timing process's compiled code shaped by them rather than by
     * the commands it times, as no officer's process would be. In this process when no {@code java}
     * command is at hand (a packaged runtime without one).
     */
    static String createApart(Path file, Size size) {
        Path javaCommand = Path.of(System.getProperty("java.home"), "bin", "java");
        if (!Files.isExecutable(javaCommand)) {
            return create(file, size);
        }
        try {
            Process p = new ProcessBuilder(javaCommand.toString(), "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                    GeneratedExchangeDesk.class.getName(), file.toString(), String.valueOf(size.contacts()),
                    String.valueOf(size.meetings()), String.valueOf(size.rounds()), String.valueOf(size.profiles()))
                    .redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                throw new DeskException("Generating the bench desk failed: " + output.strip());
            }
            List<String> lines = output.strip().lines().toList();
            return lines.isEmpty() ? "" : lines.get(lines.size() - 1) + ", in a process of its own";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeskException("Interrupted while generating the bench desk", e);
        }
    }

    /**
     * Fills a new desk at {@code file} (sample data included) with the generated records; returns how long
     * each part took, such as {@code contacts 12s, meetings 3s, rounds 40s, profiles 20s}.
     */
    static String create(Path file, Size size) {
        List<String> took = new ArrayList<>();
        try (Desk desk = Desk.open(file, false)) {
            timed(took, "contacts", () -> GeneratedRoster.addContacts(desk, size.contacts()));
            timed(took, "meetings", () -> desk.database().run(() -> addMeetings(desk, size.meetings())));
            timed(took, "rounds", () -> desk.database().run(() -> addRounds(desk, size.rounds())));
            timed(took, "profiles", () -> desk.database().run(() -> addProfiles(desk, size.profiles())));
        }
        return String.join(", ", took);
    }

    private static void timed(List<String> took, String part, Runnable work) {
        long start = System.nanoTime();
        work.run();
        took.add(String.format(Locale.ROOT, "%s %.0fs", part, (System.nanoTime() - start) / 1e9));
    }

    private static void addMeetings(Desk desk, int count) {
        List<Dialogue> dialogues = desk.roster().dialogues();
        List<Country> countries = desk.roster().countries();
        LocalDate first = LocalDate.of(2015, 1, 12);
        for (int i = 0; i < count; i++) {
            Country host = countries.get(i % countries.size());
            LocalDate start = first.plusWeeks(i);
            Meeting m = desk.meetings().createMeeting(new Meeting(null, dialogues.get(i % dialogues.size()).meta().id(),
                    MeetingType.values()[i % MeetingType.values().length],
                    new Localized("Thematic meeting " + (i + 1), "Réunion thématique " + (i + 1),
                            "الاجتماع الموضوعي " + (i + 1)),
                    "Border management", host.code(), new Localized("Capital " + host.code(), "Capitale " + host.code(),
                            "عاصمة " + host.code()), new Localized("Conference centre", "Centre de conférences",
                            "مركز المؤتمرات"), start, start.plusDays(1), List.of(), EnumSet.of(Lang.EN, Lang.FR),
                    EnumSet.of(Lang.EN, Lang.FR), 80, MeetingStatus.HELD, false));
            for (int s = 0; s < Size.SESSIONS; s++) {
                desk.meetings().saveSession(new AgendaSession(null, m.id(), s + 1, start, LocalTime.of(9 + 2 * s, 0),
                        LocalTime.of(10 + 2 * s, 30), new Localized("Session " + (s + 1), "Séance " + (s + 1),
                                "الجلسة " + (s + 1)), KINDS[s], "Co-chair", List.of(), Lang.EN, true));
            }
            for (int p = 0; p < Size.PARTICIPANTS; p++) {
                Country delegation = countries.get((i + p) % countries.size());
                desk.meetings().saveParticipant(new Participant(null, m.id(), null, "Delegate " + (p + 1) + " of "
                        + delegation.code(), "", p % 2 == 0 ? Gender.FEMALE : Gender.MALE,
                        Delegation.ofCountry(delegation.code()), ParticipantCategory.PARTNER_STATE,
                        p == 0 ? ParticipantRole.HEAD_OF_DELEGATION : ParticipantRole.DELEGATE,
                        ParticipantStatus.ATTENDED, Lang.EN, true, false, Logistics.NONE));
            }
        }
    }

    /** Rounds of the sample template for 70 countries, each country's return complete (pending review). */
    private static void addRounds(Desk desk, int count) {
        for (int i = 0; i < count; i++) {
            UUID roundId = FormsBench.benchRound(desk, "Bench round " + (i + 1));
            List<ProposedAnswer> complete = complete(desk.answers().version(roundId));
            for (Recipient r : desk.rounds().recipients(roundId)) {
                desk.answers().store(r, complete, AnswerSource.IMPORTED, "bench-" + r.countryCode() + ".xlsx");
            }
        }
    }

    /** The answers of {@link FormImportBench#answers}, read as the answer service stores them. */
    private static List<ProposedAnswer> complete(TemplateVersion version) {
        Map<String, String> texts = FormImportBench.answers(version);
        List<ProposedAnswer> proposed = new ArrayList<>();
        for (Question q : version.questions()) {
            Map<String, String> values = new LinkedHashMap<>();
            for (String key : org.dialoguedesk.questionnaire.AnswerKeys.of(q)) {
                AnswerValues.parseText(q, texts.get(key), key).value().ifPresent(v -> values.put(key, v));
            }
            proposed.add(new ProposedAnswer(q.code(), values, ""));
        }
        return proposed;
    }

    private static void addProfiles(Desk desk, int count) {
        Profile morocco = desk.profiles().findProfile(ProfileRenderBench.PROFILE).orElseThrow();
        for (int i = 1; i <= count; i++) {
            ProfileBatchBench.copy(desk.profiles(), morocco, i);
        }
    }
}
