package org.dialoguedesk.meeting;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dialoguedesk.common.AtomicFiles;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.common.Messages;
import org.dialoguedesk.common.Problem;
import org.dialoguedesk.common.ValidationException;

/**
 * Writes every document of a meeting into a folder: agenda, invitation and visa support letters,
 * participant list, attendance sheet, badges, tent cards, rooming and arrivals lists, then
 * {@code index.csv} naming them. A document that cannot be made (a visa letter without passport data,
 * letters from a template with an unknown placeholder) is refused with its reason and the run goes on.
 */
public final class MeetingDocuments {

    public static final String INDEX = "index.csv";

    public record Request(UUID meetingId, List<Lang> langs, Path folder) {
        public Request {
            langs = List.copyOf(langs);
        }
    }

    /** @param lang the document's language, or null for one in several (tent cards) */
    public record Produced(Path file, String document, Lang lang, String person) {
    }

    /** @param refused documents not made; @param warnings made, but with something to check */
    public record Result(List<Produced> produced, List<Problem> refused, List<Problem> warnings, Path index) {
    }

    private final MeetingExports exports;
    private final MeetingRenderer renderer;
    private final LetterTemplates templates;

    public MeetingDocuments(MeetingExports exports, MeetingRenderer renderer, LetterTemplates templates) {
        this.exports = exports;
        this.renderer = renderer;
        this.templates = templates;
    }

    public LetterTemplates templates() {
        return templates;
    }

    public Result run(Request request) throws IOException {
        MeetingExport export = exports.export(request.meetingId());
        Run run = new Run(request.folder());
        for (Lang lang : request.langs()) {
            for (MeetingRenderer.Format f : List.of(MeetingRenderer.Format.PDF, MeetingRenderer.Format.DOCX)) {
                Path file = run.file("agenda-" + lang.code(), f);
                renderer.agenda(export, lang, f, file);
                run.produced(file, "agenda", lang, "");
            }
        }
        letters(export, run);
        for (Lang lang : request.langs()) {
            for (MeetingRenderer.Format f : List.of(MeetingRenderer.Format.PDF, MeetingRenderer.Format.XLSX)) {
                Path file = run.file("participant-list-" + lang.code(), f);
                renderer.participantList(export, lang, f, file);
                run.produced(file, "participant list", lang, "");
            }
            Path sheet = run.file("attendance-sheet-" + lang.code(), MeetingRenderer.Format.PDF);
            renderer.attendanceSheet(export, lang, sheet);
            run.produced(sheet, "attendance sheet", lang, "");
            Path badges = run.file("badges-" + lang.code(), MeetingRenderer.Format.PDF);
            run.warnings.addAll(renderer.badges(export, lang, badges));
            run.produced(badges, "badges", lang, "");
            Path rooming = run.file("rooming-list-" + lang.code(), MeetingRenderer.Format.XLSX);
            renderer.roomingList(export, lang, rooming);
            run.produced(rooming, "rooming list", lang, "");
            Path arrivals = run.file("flight-arrivals-" + lang.code(), MeetingRenderer.Format.XLSX);
            renderer.arrivals(export, lang, arrivals);
            run.produced(arrivals, "flight arrivals", lang, "");
        }
        Path tents = run.file("tent-cards", MeetingRenderer.Format.PDF);
        run.warnings.addAll(renderer.tentCards(export, tents));
        run.produced(tents, "tent cards", null, "");
        Path index = request.folder().resolve(INDEX);
        writeIndex(index, run.produced);
        // a name too long for its badge is so on every language's sheet: said once
        return new Result(run.produced, run.refused, List.copyOf(new LinkedHashSet<>(run.warnings)), index);
    }

    /** An invitation to everyone invited, a visa support letter to everyone whose letter is pending. */
    private void letters(MeetingExport export, Run run) throws IOException {
        Map<String, String> bodies = new HashMap<>();
        for (Participant p : export.participants(Lang.EN, MeetingExport::invited)) {
            letter(export, p, LetterTemplates.Kind.INVITATION, bodies, run);
            if (p.logistics().visa().letterPending()) {
                if (p.logistics().passportData().isEmpty()) {
                    run.refused.add(Problem.of("passport", "meeting.docs.problem.noPassport", p.name()));
                } else {
                    letter(export, p, LetterTemplates.Kind.VISA, bodies, run);
                }
            }
        }
    }

    private void letter(MeetingExport export, Participant p, LetterTemplates.Kind kind, Map<String, String> bodies,
                        Run run) throws IOException {
        String key = LetterTemplates.fileName(kind, p.language());
        String template = bodies.get(key);
        if (template == null) {
            try {
                template = templates.template(kind, p.language());
            } catch (ValidationException e) {
                // one reason per template, not one per letter
                template = "";
                run.refused.addAll(e.problems());
            }
            bodies.put(key, template);
        }
        if (template.isEmpty()) {
            return;
        }
        MeetingRenderer.LetterText letter = new MeetingRenderer.LetterText(p, p.language(), kind,
                LetterTemplates.fill(template, values(export, p)));
        String base = kind.code() + "-" + slug(export.delegationName(p).en()) + "-" + slug(p.name());
        for (MeetingRenderer.Format f : List.of(MeetingRenderer.Format.PDF, MeetingRenderer.Format.DOCX)) {
            Path file = run.file(base, f);
            renderer.letter(export, letter, f, file);
            run.produced(file, kind == LetterTemplates.Kind.VISA ? "visa letter" : "invitation", p.language(),
                    p.name());
        }
    }

    /** What a letter's placeholders stand for, in the participant's language. */
    static Map<String, String> values(MeetingExport export, Participant p) {
        Lang lang = p.language();
        Meeting m = export.meeting();
        DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMMM yyyy", lang.locale())
                .withDecimalStyle(DecimalStyle.STANDARD);
        Messages messages = new Messages(lang);
        Map<String, String> v = new LinkedHashMap<>();
        v.put("name", lang == Lang.AR && !p.nameAr().isEmpty() ? p.nameAr() : p.name());
        v.put("meeting", m.title().in(lang));
        v.put("dates", dates(m.startDate(), m.endDate(), lang));
        v.put("city", m.city().in(lang));
        v.put("venue", venue(m, lang));
        v.put("delegation", export.delegationName(p).in(lang));
        List<String> chairs = m.coChairs().stream().map(c -> export.country(c).in(lang)).toList();
        v.put("coChairs", chairs.size() < 2 ? String.join("", chairs) : messages.get("meeting.docs.and",
                String.join(messages.get("meeting.docs.listSeparator"), chairs.subList(0, chairs.size() - 1)),
                chairs.get(chairs.size() - 1)));
        p.logistics().passportData().ifPresent(pass -> {
            v.put("passport", pass.number());
            v.put("nationality", export.country(pass.nationality()).in(lang));
            v.put("birthDate", pass.birthDate() == null ? "" : day.format(pass.birthDate()));
            v.put("passportExpiry", pass.expiry() == null ? "" : day.format(pass.expiry()));
        });
        v.put("embassy", p.logistics().visa().embassy());
        return v;
    }

    /**
     * The venue in the language, or in English when it has no name in that language. A Latin name in an
     * Arabic text is closed with a right-to-left mark, so the full stop or comma after it stays on the
     * Arabic side of the line instead of sticking to the Latin run.
     */
    public static String venue(Meeting m, Lang lang) {
        String venue = m.venue().in(lang);
        boolean latin = venue.codePoints()
                .noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC);
        return lang == Lang.AR && latin && !venue.isEmpty() ? venue + "\u200F" : venue;
    }

    /** "10–11 July 2019", "30 June – 2 July 2019", or one day alone, in the language. */
    public static String dates(LocalDate start, LocalDate end, Lang lang) {
        DateTimeFormatter full = DateTimeFormatter.ofPattern("d MMMM yyyy", lang.locale())
                .withDecimalStyle(DecimalStyle.STANDARD);
        if (start.equals(end)) {
            return full.format(start);
        }
        String from = start.getYear() != end.getYear() ? full.format(start)
                : start.getMonth() != end.getMonth()
                ? DateTimeFormatter.ofPattern("d MMMM", lang.locale()).format(start) + " "
                : String.valueOf(start.getDayOfMonth());
        return from.strip() + (from.endsWith(" ") || start.getYear() != end.getYear() ? " \u2013 " : "\u2013")
                + full.format(end);
    }

    /** A name fit for a file: letters without accents, digits, and hyphens. */
    static String slug(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String s = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return s.isEmpty() ? "x" : s;
    }

    private static void writeIndex(Path index, List<Produced> produced) throws IOException {
        AtomicFiles.write(index, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            try (CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder()
                    .setHeader("file", "document", "language", "participant").get())) {
                for (Produced p : produced) {
                    csv.printRecord(p.file().getFileName(), p.document(), p.lang() == null ? "" : p.lang().code(),
                            p.person());
                }
            }
        });
    }

    /** What one run has made and refused so far. */
    private static final class Run {
        final Path folder;
        final List<Produced> produced = new ArrayList<>();
        final List<Problem> refused = new ArrayList<>();
        final List<Problem> warnings = new ArrayList<>();

        Run(Path folder) {
            this.folder = folder;
        }

        Path file(String base, MeetingRenderer.Format format) {
            return folder.resolve(base + "." + format.extension());
        }

        void produced(Path file, String document, Lang lang, String person) {
            produced.add(new Produced(file, document, lang, person));
        }
    }
}
