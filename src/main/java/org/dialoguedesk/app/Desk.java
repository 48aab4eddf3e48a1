package org.dialoguedesk.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import org.dialoguedesk.bundle.InstallationId;
import org.dialoguedesk.bundle.RecordMerge;
import org.dialoguedesk.common.Officer;
import org.dialoguedesk.common.Settings;
import org.dialoguedesk.common.StoreException;
import org.dialoguedesk.common.table.CsvTables;
import org.dialoguedesk.meeting.ChecklistRepository;
import org.dialoguedesk.meeting.ConclusionsService;
import org.dialoguedesk.meeting.MeetingRepository;
import org.dialoguedesk.meeting.LetterTemplates;
import org.dialoguedesk.meeting.MeetingDocuments;
import org.dialoguedesk.meeting.MeetingExports;
import org.dialoguedesk.meeting.MeetingService;
import org.dialoguedesk.meeting.RosterInvitation;
import org.dialoguedesk.meeting.ParticipantRepository;
import org.dialoguedesk.meeting.PassportRetention;
import org.dialoguedesk.questionnaire.AnswerService;
import org.dialoguedesk.questionnaire.AnswerTables;
import org.dialoguedesk.questionnaire.FormImport;
import org.dialoguedesk.questionnaire.PrintableQuestionnaire;
import org.dialoguedesk.questionnaire.QuestionnaireFormService;
import org.dialoguedesk.questionnaire.QuestionnaireTemplateService;
import org.dialoguedesk.questionnaire.RoundCompleteness;
import org.dialoguedesk.questionnaire.RoundFormFiles;
import org.dialoguedesk.questionnaire.RoundService;
import org.dialoguedesk.questionnaire.XlsFormTransfer;
import org.dialoguedesk.profile.ProfileCompiler;
import org.dialoguedesk.profile.ProfilePublishing;
import org.dialoguedesk.profile.ProfileService;
import org.dialoguedesk.profile.ProfileSources;
import org.dialoguedesk.profile.ProfileBatch;
import org.dialoguedesk.profile.ProfileExports;
import org.dialoguedesk.profile.RouteComparisons;
import org.dialoguedesk.render.meeting.DocumentMeetingRenderer;
import org.dialoguedesk.render.profile.DocumentProfileRenderer;
import org.dialoguedesk.render.form.PoiReturnedFormReader;
import org.dialoguedesk.render.form.QuestionnaireDocumentWriter;
import org.dialoguedesk.render.form.QuestionnaireWorkbookWriter;
import org.dialoguedesk.render.xlsform.PoiXlsFormWorkbooks;
import org.dialoguedesk.render.sheet.SpreadsheetTableFiles;
import org.dialoguedesk.roster.ContactExport;
import org.dialoguedesk.roster.ContactImport;
import org.dialoguedesk.roster.ContactService;
import org.dialoguedesk.roster.ContactValidator;
import org.dialoguedesk.roster.Country;
import org.dialoguedesk.roster.Dialogue;
import org.dialoguedesk.roster.Organisation;
import org.dialoguedesk.roster.CountryCatalog;
import org.dialoguedesk.roster.RosterService;
import org.dialoguedesk.store.Database;
import org.dialoguedesk.store.JooqAnswerRepository;
import org.dialoguedesk.store.JooqChecklistRepository;
import org.dialoguedesk.store.JooqContactRepository;
import org.dialoguedesk.store.JooqContactRoleRepository;
import org.dialoguedesk.store.JooqCountryRepository;
import org.dialoguedesk.store.JooqDialogueRepository;
import org.dialoguedesk.store.JooqMeetingRepository;
import org.dialoguedesk.store.JooqMembershipRepository;
import org.dialoguedesk.store.JooqOrganisationRepository;
import org.dialoguedesk.store.JooqParticipantRepository;
import org.dialoguedesk.store.JooqProfileRepository;
import org.dialoguedesk.store.JooqProfileSourceRepository;
import org.dialoguedesk.store.JooqProfileTemplateRepository;
import org.dialoguedesk.store.JooqRecipientRepository;
import org.dialoguedesk.store.JooqRoundRepository;
import org.dialoguedesk.store.JooqRecordStore;
import org.dialoguedesk.store.JooqSettings;
import org.dialoguedesk.store.JooqTemplateRepository;
import org.dialoguedesk.store.JooqTemplateVersionRepository;

/**
 * The composition root: one open database and every service over it, wired by constructors.
 * The window and every command line entry start from here, so both see the same first start.
 */
public final class Desk implements AutoCloseable {

    private final Database db;
    private final Settings settings;
    private final Officer officer;
    private final Clock clock;
    private final RosterService roster;
    private final ContactService contacts;
    private final ContactImport contactImport;
    private final ContactExport contactExport;
    private final QuestionnaireTemplateService questionnaireTemplates;
    private final XlsFormTransfer xlsForms;
    private final RoundService rounds;
    private final QuestionnaireFormService forms;
    private final AnswerService answers;
    private final FormImport formImport;
    private final AnswerTables answerTables;
    private final RoundFormFiles roundForms;
    private final RoundFormFiles roundPrints;
    private final RoundCompleteness roundCompleteness;
    private final ProfileService profiles;
    private final ProfilePublishing profilePublishing;
    private final ProfileCompiler profileCompiler;
    private final ProfileSources profileSources;
    private final RouteComparisons routeComparisons;
    private final ProfileExports profileExports;
    private final ProfileBatch profileBatch;
    private final MeetingRepository meetingRepository;
    private final ParticipantRepository participantRepository;
    private final ChecklistRepository checklistRepository;
    private final MeetingService meetings;
    private final RosterInvitation invitations;
    private final ConclusionsService conclusions;
    private final PassportRetention passportRetention;
    private final MeetingDocuments meetingDocuments;
    private final RecordMerge recordMerge;

    private Desk(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.settings = new JooqSettings(db);
        this.officer = () -> settings.get(Settings.OFFICER_NAME).filter(s -> !s.isBlank())
                .orElse(System.getProperty("user.name", "officer"));
        JooqCountryRepository countries = new JooqCountryRepository(db);
        JooqContactRepository contactRepo = new JooqContactRepository(db);
        JooqOrganisationRepository organisations = new JooqOrganisationRepository(db, contactRepo);
        JooqDialogueRepository dialogues = new JooqDialogueRepository(db);
        JooqMembershipRepository memberships = new JooqMembershipRepository(db);
        JooqContactRoleRepository roles = new JooqContactRoleRepository(db);
        this.roster = new RosterService(countries, organisations, dialogues, memberships, roles, contactRepo,
                officer, clock);
        this.contacts = new ContactService(contactRepo, roles, new ContactValidator(countries, organisations, clock),
                db, officer, clock);
        SpreadsheetTableFiles tableFiles = new SpreadsheetTableFiles();
        this.contactImport = new ContactImport(contacts, roster, tableFiles, db);
        this.contactExport = new ContactExport(contacts, roster, tableFiles, clock);
        this.questionnaireTemplates = new QuestionnaireTemplateService(new JooqTemplateRepository(db),
                new JooqTemplateVersionRepository(db), db, officer, clock);
        this.xlsForms = new XlsFormTransfer(new PoiXlsFormWorkbooks(), questionnaireTemplates);
        this.rounds = new RoundService(new JooqRoundRepository(db), new JooqRecipientRepository(db),
                questionnaireTemplates, new RosterRoundRoster(roster, roles), db, officer, clock);
        RosterFormRoster formRoster = new RosterFormRoster(roster, contacts);
        this.answers = new AnswerService(new JooqAnswerRepository(db), rounds, questionnaireTemplates, db, officer,
                clock);
        this.forms = new QuestionnaireFormService(rounds, questionnaireTemplates, formRoster, answers, clock);
        this.formImport = new FormImport(new PoiReturnedFormReader(), rounds, answers, db);
        this.answerTables = new AnswerTables(answers, rounds, formRoster);
        this.roundForms = new RoundFormFiles(forms, new QuestionnaireWorkbookWriter());
        QuestionnaireDocumentWriter documents = new QuestionnaireDocumentWriter();
        this.roundPrints = new RoundFormFiles(forms, (spec, file) -> documents.write(PrintableQuestionnaire.of(spec),
                file), spec -> PrintableQuestionnaire.of(spec).fileName());
        this.roundCompleteness = answers::completenessOnRecord;
        JooqProfileRepository profileRepository = new JooqProfileRepository(db);
        JooqProfileTemplateRepository profileTemplates = new JooqProfileTemplateRepository(db);
        this.profiles = new ProfileService(profileTemplates, profileRepository, db, officer, clock);
        this.profilePublishing = new ProfilePublishing(profiles, profileRepository, db, officer, clock);
        this.profileCompiler = new ProfileCompiler(profiles, profileTemplates, new QuestionnaireRoundAnswers(rounds,
                answers), db);
        this.profileSources = new ProfileSources(profileRepository, new JooqProfileSourceRepository(db), db, officer,
                clock);
        this.routeComparisons = new RouteComparisons(profiles, code -> roster.country(code).map(Country::name), db);
        this.profileExports = new ProfileExports(profiles, profilePublishing, profileSources,
                id -> roster.dialogue(id).map(Dialogue::name), code -> roster.country(code).map(Country::name), clock);
        this.profileBatch = new ProfileBatch(profileExports, profiles, new DocumentProfileRenderer());
        this.meetingRepository = new JooqMeetingRepository(db);
        this.participantRepository = new JooqParticipantRepository(db);
        this.checklistRepository = new JooqChecklistRepository(db);
        MeetingService.Roster meetingRoster = new MeetingService.Roster(dialogues, memberships, countries,
                organisations, contactRepo, roles);
        this.meetings = new MeetingService(meetingRepository, participantRepository, checklistRepository,
                meetingRoster, db, officer, clock);
        this.invitations = new RosterInvitation(meetings, meetingRoster);
        this.conclusions = new ConclusionsService(checklistRepository, participantRepository, officer, clock);
        this.passportRetention = new PassportRetention(meetingRepository, participantRepository, db, officer, clock,
                this::passportRetentionDays);
        this.meetingDocuments = new MeetingDocuments(new MeetingExports(meetings,
                id -> roster.dialogue(id).map(Dialogue::name), code -> roster.country(code).map(Country::name),
                id -> roster.organisation(id).map(Organisation::name), clock), new DocumentMeetingRenderer(),
                new LetterTemplates(DataLocations.templatesFolder(db.file())));
        this.recordMerge = new RecordMerge(new JooqRecordStore(db, InstallationId.of(settings, db.file()), officer,
                clock));
        refreshCountries(countries);
    }

    /**
     * Opens the file (creating and migrating it if needed). A file created by this call is filled
     * with the sample rosters unless {@code empty}; a failed fill leaves no half-filled file behind
     * because it runs in one transaction. Passport data past its retention ({@link PassportRetention})
     * is deleted on every open.
     */
    public static Desk open(Path file, boolean empty) {
        return open(file, empty, Clock.systemDefaultZone());
    }

    public static Desk open(Path file, boolean empty, Clock clock) {
        Database db = Database.open(file);
        try {
            Desk desk = new Desk(db, clock);
            if (db.isNew() && !empty) {
                db.run(() -> new SampleData(desk).load());
            }
            desk.passportRetention.purgeDue();
            return desk;
        } catch (RuntimeException e) {
            db.close();
            if (db.isNew()) {
                // Nothing of the user's is in a file made by this very call: remove it, so the next
                // start creates and fills it again instead of opening an empty desk.
                Database.deleteFiles(db.file());
            }
            throw e;
        }
    }

    private static void refreshCountries(JooqCountryRepository countries) {
        try (InputStream in = Desk.class.getResourceAsStream(CountryCatalog.RESOURCE)) {
            if (in == null) {
                throw new StoreException("The application is missing its country list " + CountryCatalog.RESOURCE);
            }
            countries.saveAll(CountryCatalog.parse(CsvTables.read(in, "countries.csv")));
        } catch (IOException e) {
            throw new StoreException("Cannot read the country list: " + e.getMessage(), e);
        }
    }

    public Database database() {
        return db;
    }

    public Settings settings() {
        return settings;
    }

    public Officer officer() {
        return officer;
    }

    public Clock clock() {
        return clock;
    }

    public RosterService roster() {
        return roster;
    }

    public ContactService contacts() {
        return contacts;
    }

    public ContactImport contactImport() {
        return contactImport;
    }

    public ContactExport contactExport() {
        return contactExport;
    }

    public QuestionnaireTemplateService questionnaireTemplates() {
        return questionnaireTemplates;
    }

    public XlsFormTransfer xlsForms() {
        return xlsForms;
    }

    public RoundService rounds() {
        return rounds;
    }

    public QuestionnaireFormService forms() {
        return forms;
    }

    public AnswerService answers() {
        return answers;
    }

    public FormImport formImport() {
        return formImport;
    }

    public AnswerTables answerTables() {
        return answerTables;
    }

    public RoundFormFiles roundForms() {
        return roundForms;
    }

    /** The printable (.docx) questionnaires of a round's recipients. */
    public RoundFormFiles roundPrints() {
        return roundPrints;
    }

    public RoundCompleteness roundCompleteness() {
        return roundCompleteness;
    }

    public ProfileService profiles() {
        return profiles;
    }

    public ProfilePublishing profilePublishing() {
        return profilePublishing;
    }

    public ProfileCompiler profileCompiler() {
        return profileCompiler;
    }

    public ProfileSources profileSources() {
        return profileSources;
    }

    public RouteComparisons routeComparisons() {
        return routeComparisons;
    }

    public ProfileExports profileExports() {
        return profileExports;
    }

    public ProfileBatch profileBatch() {
        return profileBatch;
    }

    public MeetingService meetings() {
        return meetings;
    }

    /** Invitations of a meeting's delegations from the roster. */
    public RosterInvitation invitations() {
        return invitations;
    }

    /** Session notes and the co-chairs' conclusions, kept free of participants' names. */
    public ConclusionsService conclusions() {
        return conclusions;
    }

    /** The passport data retention rule; due deletions run each time the desk opens. */
    public PassportRetention passportRetention() {
        return passportRetention;
    }

    private int passportRetentionDays() {
        try {
            return settings.get(Settings.PASSPORT_RETENTION_DAYS).map(String::strip).map(Integer::parseInt).orElse(0);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** A meeting's documents into a folder; letters from the templates next to the database. */
    public MeetingDocuments meetingDocuments() {
        return meetingDocuments;
    }

    /** Records, clocks and merge for exchange bundles (issue 7). */
    public RecordMerge recordMerge() {
        return recordMerge;
    }

    /** Exchange bundles to import and public bundles to write (issue 7). */
    public DeskBundles bundles() {
        return new DeskBundles(this);
    }

    /** Meetings and their agendas as stored, for what the meeting service does not cover yet. */
    public MeetingRepository meetingRepository() {
        return meetingRepository;
    }

    public ParticipantRepository participantRepository() {
        return participantRepository;
    }

    /** Checklists, session notes and conclusions as stored. */
    public ChecklistRepository checklistRepository() {
        return checklistRepository;
    }

    @Override
    public void close() {
        db.close();
    }
}
