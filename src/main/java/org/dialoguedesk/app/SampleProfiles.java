package org.dialoguedesk.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.dialoguedesk.common.DeskException;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.common.Localized;
import org.dialoguedesk.common.table.CsvTables;
import org.dialoguedesk.common.table.Table;
import org.dialoguedesk.profile.Access;
import org.dialoguedesk.profile.AnswerMapping;
import org.dialoguedesk.profile.Indicator;
import org.dialoguedesk.profile.Profile;
import org.dialoguedesk.profile.ProfileCompiler;
import org.dialoguedesk.profile.ProfileKind;
import org.dialoguedesk.profile.ProfileService;
import org.dialoguedesk.profile.ProfileSources;
import org.dialoguedesk.profile.ProfileTemplate;
import org.dialoguedesk.profile.SectionStatus;
import org.dialoguedesk.profile.TemplateSection;
import org.dialoguedesk.roster.Organisation;
import org.dialoguedesk.roster.RosterService;

/**
 * Loads {@code sample-data/profiles/}: the profile templates, then each profile listed in
 * {@code profiles.json} — its texts, then its indicators, then its sources' titles and accessed dates
 * ({@code sources.csv}), then its sections' statuses, moved along the workflow through the profile service
 * as an officer would (texts first: saving a text sends a validated section back to draft). A hub's or
 * city's {@code place} is one English name or {@code {"en", "fr", "ar"}}.
 */
final class SampleProfiles {

    static final String FOLDER = "profiles/";

    private final ProfileService profiles;
    private final ProfileCompiler compiler;
    private final ProfileSources sources;
    private final RosterService roster;
    private final Function<String, InputStream> files;
    private final ObjectMapper json = new ObjectMapper();

    /** @param files opens a sample file by its path under sample-data, or returns null when it is absent */
    SampleProfiles(ProfileService profiles, ProfileCompiler compiler, ProfileSources sources, RosterService roster,
                   Function<String, InputStream> files) {
        this.profiles = profiles;
        this.compiler = compiler;
        this.sources = sources;
        this.roster = roster;
        this.files = files;
    }

    void load() {
        for (JsonNode t : one(FOLDER + "templates.json")) {
            profiles.addTemplate(template(t));
        }
        InputStream mappings = files.apply(FOLDER + "mappings.csv");
        if (mappings != null) {
            loadMappings(read(mappings, FOLDER + "mappings.csv"));
        }
        for (JsonNode folder : one(FOLDER + "profiles.json")) {
            loadProfile(FOLDER + folder.asText() + "/");
        }
    }

    private ProfileTemplate template(JsonNode t) {
        Set<ProfileKind> kinds = EnumSet.noneOf(ProfileKind.class);
        t.path("kind").forEach(k -> kinds.add(ProfileKind.valueOf(k.asText())));
        List<TemplateSection> sections = new ArrayList<>();
        for (JsonNode s : t.path("sections")) {
            sections.add(new TemplateSection(s.path("code").asText(), localized(s.path("title")),
                    Access.valueOf(s.path("access").asText("PUBLIC")), organisation(text(s, "validator"))));
        }
        return new ProfileTemplate(null, t.path("key").asText(), localized(t.path("title")), kinds, sections);
    }

    private void loadProfile(String folder) {
        JsonNode p = one(folder + "profile.json");
        ProfileTemplate template = profiles.templateByKey(p.path("template").asText()).orElseThrow(
                () -> new DeskException("Sample profile " + folder + " names an unknown template"));
        List<String> countries = new ArrayList<>();
        p.path("countries").forEach(c -> countries.add(c.asText()));
        UUID dialogue = text(p, "dialogue") == null ? null : roster.dialogueByKey(text(p, "dialogue"))
                .map(d -> d.meta().id()).orElseThrow(() -> new DeskException("Unknown dialogue in " + folder));
        Profile profile = profiles.createProfile(new Profile(null, p.path("key").asText(),
                ProfileKind.valueOf(p.path("kind").asText()), template.meta().id(), dialogue, text(p, "country"),
                place(p.path("place")), countries, localized(p.path("title")),
                Access.valueOf(p.path("access").asText("PUBLIC")),
                Lang.fromCode(p.path("source_language").asText("en")).orElse(Lang.EN)), sectionCodes(p));
        Lang source = profile.sourceLanguage();
        for (TemplateSection s : template.sections()) {
            if (!sectionCodes(p).contains(s.code())) {
                continue;
            }
            saveText(profile, s.code(), source, folder);
            for (Lang lang : Lang.values()) {
                if (lang != source) {
                    saveText(profile, s.code(), lang, folder);
                }
            }
        }
        InputStream indicators = files.apply(folder + "indicators.csv");
        if (indicators != null) {
            loadIndicators(profile, read(indicators, folder + "indicators.csv"));
        }
        InputStream sourceNotes = files.apply(folder + "sources.csv");
        if (sourceNotes != null) {
            loadSources(profile, read(sourceNotes, folder + "sources.csv"));
        }
        for (JsonNode s : p.path("sections")) {
            String code = s.path("code").asText();
            profiles.setAccess(profile.id(), code, Access.valueOf(s.path("access").asText("PUBLIC")));
            moveTo(profile, code, SectionStatus.valueOf(s.path("status").asText("DRAFT")), text(s, "validated_by"),
                    text(s, "validated_on") == null ? null : LocalDate.parse(text(s, "validated_on")),
                    s.path("note").asText(""));
        }
    }

    /** Which answers of the sample questionnaire feed which sections and indicators, per template. */
    private void loadMappings(Table table) {
        List<String> h = table.header();
        java.util.Map<String, List<AnswerMapping>> byTemplate = new java.util.LinkedHashMap<>();
        for (List<String> r : table.rows()) {
            Function<String, String> cell = name -> Table.cell(r, h.indexOf(name));
            byTemplate.computeIfAbsent(cell.apply("template"), k -> new ArrayList<>()).add(new AnswerMapping(
                    cell.apply("question"), cell.apply("section"), AnswerMapping.Target.valueOf(cell.apply("target")),
                    cell.apply("indicator"), cell.apply("unit")));
        }
        byTemplate.forEach((key, list) -> compiler.saveMappings(profiles.templateByKey(key).orElseThrow(
                () -> new DeskException("The sample mappings name an unknown template " + key)).meta().id(), list));
    }

    private static List<String> sectionCodes(JsonNode profile) {
        List<String> codes = new ArrayList<>();
        profile.path("sections").forEach(s -> codes.add(s.path("code").asText()));
        return codes;
    }

    private void saveText(Profile profile, String code, Lang lang, String folder) {
        String name = folder + "sections/" + code + "." + lang.code() + ".md";
        InputStream in = files.apply(name);
        if (in == null) {
            return; // a translation not written yet: the profile shows it as missing
        }
        try (in) {
            profiles.saveText(profile.id(), code, lang, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new DeskException("Cannot read the sample file " + name, e);
        }
    }

    /** Moves a section from draft along the workflow up to the status the sample gives it. */
    private void moveTo(Profile profile, String code, SectionStatus target, String by, LocalDate on, String note) {
        List<SectionStatus> path = switch (target) {
            case DRAFT -> List.of();
            case IN_REVIEW -> List.of(SectionStatus.IN_REVIEW);
            case VALIDATED -> List.of(SectionStatus.IN_REVIEW, SectionStatus.VALIDATED);
            case APPROVED -> List.of(SectionStatus.IN_REVIEW, SectionStatus.VALIDATED, SectionStatus.APPROVED);
        };
        for (SectionStatus step : path) {
            profiles.changeStatus(profile.id(), code, step, step.isValidated() ? validatorName(by) : "", on,
                    step == target ? note : "");
        }
    }

    private void loadIndicators(Profile profile, Table table) {
        List<String> h = table.header();
        for (int i = 0; i < table.rows().size(); i++) {
            List<String> r = table.rows().get(i);
            Function<String, String> cell = name -> Table.cell(r, h.indexOf(name));
            try {
                profiles.saveIndicator(profile.id(), cell.apply("section"), new Indicator(null, profile.id(), 0,
                        cell.apply("code"), new Localized(cell.apply("label_en"), cell.apply("label_fr"),
                        cell.apply("label_ar")), Integer.parseInt(cell.apply("year").strip()), cell.apply("value"),
                        cell.apply("unit"), cell.apply("source"), cell.apply("source_url"), cell.apply("note"), ""));
            } catch (RuntimeException e) {
                throw new DeskException("The sample indicators of " + profile.key() + " have a problem on row "
                        + table.rowNumber(i) + ": " + e.getMessage(), e);
            }
        }
    }

    /** The titles and accessed dates recorded for the profile's links (blank title: the link text). */
    private void loadSources(Profile profile, Table table) {
        List<String> h = table.header();
        for (int i = 0; i < table.rows().size(); i++) {
            List<String> r = table.rows().get(i);
            Function<String, String> cell = name -> Table.cell(r, h.indexOf(name));
            String accessed = cell.apply("accessed");
            try {
                sources.save(profile.id(), cell.apply("url"), cell.apply("title"),
                        accessed == null || accessed.isBlank() ? null : LocalDate.parse(accessed.strip()));
            } catch (RuntimeException e) {
                throw new DeskException("The sample sources of " + profile.key() + " have a problem on row "
                        + table.rowNumber(i) + ": " + e.getMessage(), e);
            }
        }
    }

    /** An organisation's acronym for a validating agency's key; an officer's name as it is. */
    private String validatorName(String by) {
        if (by == null) {
            return "";
        }
        return roster.organisationByKey(by).map(o -> o.acronym() == null || o.acronym().isBlank()
                ? o.name().en() : o.acronym()).orElse(by);
    }

    private UUID organisation(String key) {
        return key == null ? null : roster.organisationByKey(key).map(o -> o.meta().id())
                .orElseThrow(() -> new DeskException("Unknown organisation " + key + " in the sample profile templates"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isMissingNode() || v.isNull() || v.asText().isBlank() ? null : v.asText().strip();
    }

    /** A hub's or city's place: {"en": …, "fr": …, "ar": …}, or one name in English. */
    private static Localized place(JsonNode n) {
        return n.isObject() ? localized(n) : Localized.of(n.asText(""));
    }

    private static Localized localized(JsonNode n) {
        return new Localized(n.path("en").asText(""), n.path("fr").asText(""), n.path("ar").asText(""));
    }

    private JsonNode one(String name) {
        InputStream in = files.apply(name);
        if (in == null) {
            throw new DeskException("The application is missing its sample file " + name);
        }
        try (in) {
            return json.readTree(in);
        } catch (IOException e) {
            throw new DeskException("The sample file " + name + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static Table read(InputStream in, String name) {
        try (in) {
            return CsvTables.read(in, name);
        } catch (IOException e) {
            throw new DeskException("The sample file " + name + " cannot be read: " + e.getMessage(), e);
        }
    }
}
