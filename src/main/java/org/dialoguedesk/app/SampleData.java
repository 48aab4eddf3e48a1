package org.dialoguedesk.app;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dialoguedesk.common.DeskException;
import org.dialoguedesk.common.Localized;
import org.dialoguedesk.common.Messages;
import org.dialoguedesk.common.Settings;
import org.dialoguedesk.common.table.CsvTables;
import org.dialoguedesk.common.table.Table;
import org.dialoguedesk.exchange.DialogueFileReader;
import org.dialoguedesk.exchange.DialogueFileReader.DialogueEntry;
import org.dialoguedesk.exchange.DialogueFileReader.MemberEntry;
import org.dialoguedesk.exchange.TemplateFileReader;
import org.dialoguedesk.questionnaire.QuestionnaireTemplateService;
import org.dialoguedesk.questionnaire.RecipientStatus;
import org.dialoguedesk.questionnaire.Round;
import org.dialoguedesk.questionnaire.RoundDraft;
import org.dialoguedesk.roster.ColumnMapping;
import org.dialoguedesk.roster.Dialogue;
import org.dialoguedesk.roster.DialogueStatus;
import org.dialoguedesk.roster.ImportIssue;
import org.dialoguedesk.roster.ImportOptions;
import org.dialoguedesk.roster.ImportPlan;
import org.dialoguedesk.roster.MemberRef;
import org.dialoguedesk.roster.MembershipRole;
import org.dialoguedesk.roster.Organisation;
import org.dialoguedesk.roster.OrganisationType;
import org.dialoguedesk.roster.RosterService;

/**
 * Fills a new database with the real rosters of {@code sample-data/} (shipped inside the jar):
 * organisations, dialogues with their dated members, then fictional sample contacts through the
 * same contact importer officers use, then the sample questionnaire template through the template
 * service, a sample round on it through the round service, and the answers of some of its countries
 * through the answer service; then the sample profiles and the sample meeting.
 */
final class SampleData {

    static final String FOLDER = "/sample-data/";
    static final String SAMPLE_TEMPLATE = "imap_irregular_mixed_migration";
    static final String SAMPLE_ROUND = "MTM country profiles 2025";
    static final String SAMPLE_OFFICER = "Sample data";

    private final Desk desk;

    SampleData(Desk desk) {
        this.desk = desk;
    }

    void load() {
        // what the sample records say was done, was done by the sample, not by whoever first started
        // the desk; the officer's own name is asked for afterwards, as on any first start
        desk.settings().put(Settings.OFFICER_NAME, SAMPLE_OFFICER);
        loadReferenceData();
        loadContacts();
        loadQuestionnaireTemplate();
        loadQuestionnaireRound();
        loadQuestionnaireAnswers();
        new SampleProfiles(desk.profiles(), desk.profileCompiler(), desk.profileSources(), desk.roster(),
                name -> SampleData.class.getResourceAsStream(FOLDER + name)).load();
        new SampleMeeting(desk.meetings(), desk.roster(), desk.checklistRepository(), desk.officer(), desk.clock(),
                name -> SampleData.class.getResourceAsStream(FOLDER + name)).load();
        desk.settings().put(Settings.OFFICER_NAME, "");
    }

    /** The irregular and mixed migration questionnaire, saved through the template service. */
    void loadQuestionnaireTemplate() {
        String name = "questionnaire-template.json";
        try (InputStream in = open(name)) {
            desk.questionnaireTemplates().create(new TemplateFileReader().read(in, name));
        } catch (IOException e) {
            throw new DeskException("Cannot read the sample file " + name + ": " + e.getMessage(), e);
        }
    }

    /**
     * The MTM Dialogue's 2025 round on the sample template, opened in January 2025 for the partner
     * states of that day, with the status changes of {@code questionnaire-round.csv} recorded in order
     * through the round service.
     */
    void loadQuestionnaireRound() {
        UUID mtm = desk.roster().dialogueByKey("MTM").orElseThrow(
                () -> new DeskException("The sample dialogues have no MTM Dialogue")).meta().id();
        QuestionnaireTemplateService templates = desk.questionnaireTemplates();
        UUID version = templates.findTemplate(SAMPLE_TEMPLATE).flatMap(t -> templates.latestVersion(t.meta().id()))
                .orElseThrow(() -> new DeskException("The sample template " + SAMPLE_TEMPLATE + " is missing"))
                .meta().id();
        Round round = desk.rounds().createRound(new RoundDraft(mtm, version, SAMPLE_ROUND,
                LocalDate.of(2025, 3, 31), LocalDate.of(2025, 1, 15), null)).round();
        Table table = readTable("questionnaire-round.csv");
        List<String> h = table.header();
        for (List<String> row : table.rows()) {
            desk.rounds().changeStatus(round.id(), Table.cell(row, h.indexOf("country")),
                    RecipientStatus.valueOf(Table.cell(row, h.indexOf("status"))),
                    LocalDate.parse(Table.cell(row, h.indexOf("date"))), Table.cell(row, h.indexOf("note")));
        }
    }

    /**
     * The fictional answers of six countries of the sample round ({@code questionnaire-answers.csv}),
     * typed in and reviewed through the answer service after the round's statuses are recorded.
     */
    void loadQuestionnaireAnswers() {
        UUID round = desk.rounds().findRound(SAMPLE_ROUND).orElseThrow(
                () -> new DeskException("The sample round " + SAMPLE_ROUND + " is missing")).id();
        new SampleAnswers(desk.answers()).load(round, readTable(SampleAnswers.FILE));
    }

    /** Organisations and dialogues with their members: what contacts point at. */
    void loadReferenceData() {
        loadOrganisations(readTable("organisations.csv"));
        loadDialogues();
    }

    /**
     * The sample contacts, checked and written by the importer officers use. The file knowingly
     * holds two records of one person (to show duplicate merging), hence keepDuplicatesInFile.
     */
    void loadContacts() {
        String name = "contacts.csv";
        Table table = readTable(name);
        ImportPlan plan = desk.contactImport().plan(name, table, ColumnMapping.guess(table.header()),
                new ImportOptions(false, true));
        if (plan.hasErrors()) {
            ImportIssue first = plan.errors().get(0);
            Messages en = Messages.english();
            throw new DeskException(en.get("import.sample.failed", name, String.valueOf(first.row()), first.column(),
                    en.format(first.problem())));
        }
        desk.contactImport().apply(plan);
    }

    private void loadOrganisations(Table table) {
        List<String> h = table.header();
        for (List<String> row : table.rows()) {
            String key = Table.cell(row, h.indexOf("key"));
            String country = Table.cell(row, h.indexOf("country"));
            desk.roster().createOrganisation(key, Table.cell(row, h.indexOf("acronym")),
                    new Localized(Table.cell(row, h.indexOf("name_en")), Table.cell(row, h.indexOf("name_fr")),
                            Table.cell(row, h.indexOf("name_ar"))),
                    OrganisationType.valueOf(Table.cell(row, h.indexOf("type"))), country.isEmpty() ? null : country);
        }
    }

    private void loadDialogues() {
        List<DialogueEntry> entries;
        try (InputStream in = open("dialogues.json")) {
            entries = new DialogueFileReader().read(in, "dialogues.json");
        } catch (IOException e) {
            throw new DeskException("Cannot read the sample dialogues: " + e.getMessage(), e);
        }
        RosterService roster = desk.roster();
        for (DialogueEntry e : entries) {
            UUID secretariat = e.secretariat() == null ? null
                    : roster.organisationByKey(e.secretariat()).map(o -> o.meta().id()).orElse(null);
            Dialogue d = roster.createDialogue(new Dialogue(null, e.key(), localized(e.acronym()), localized(e.name()),
                    e.startYear(), localized(e.description()),
                    e.thematicAreas() == null ? List.of() : e.thematicAreas(), secretariat,
                    DialogueStatus.valueOf(e.status())));
            for (MemberEntry m : e.members()) {
                MemberRef ref = m.country() != null ? new MemberRef.OfCountry(m.country())
                        : new MemberRef.OfOrganisation(roster.organisationByKey(m.organisation())
                        .map(Organisation::meta).orElseThrow(() -> new DeskException(
                                "dialogues.json: " + e.key() + " names unknown organisation " + m.organisation()))
                        .id());
                roster.addMembership(d.meta().id(), ref, MembershipRole.valueOf(m.role()), m.from(), m.to(), m.note());
            }
        }
    }

    static Localized localized(Map<String, String> texts) {
        if (texts == null) {
            return new Localized("", "", "");
        }
        return new Localized(texts.get("en"), texts.get("fr"), texts.get("ar"));
    }

    private Table readTable(String name) {
        try (InputStream in = open(name)) {
            return CsvTables.read(in, name);
        } catch (IOException e) {
            throw new DeskException("Cannot read the sample file " + name + ": " + e.getMessage(), e);
        }
    }

    private static InputStream open(String name) {
        InputStream in = SampleData.class.getResourceAsStream(FOLDER + name);
        if (in == null) {
            throw new DeskException("The application is missing its sample file " + name);
        }
        return in;
    }
}
