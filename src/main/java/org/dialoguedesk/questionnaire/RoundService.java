package org.dialoguedesk.questionnaire;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.dialoguedesk.common.DeskException;
import org.dialoguedesk.common.Messages;
import org.dialoguedesk.common.Names;
import org.dialoguedesk.common.Officer;
import org.dialoguedesk.common.Problem;
import org.dialoguedesk.common.RecordMeta;
import org.dialoguedesk.common.Transactions;
import org.dialoguedesk.common.ValidationException;

/**
 * Questionnaire rounds and the status of each recipient country. Opening a round freezes its template
 * version; recipients can be added or removed until the first questionnaire of the round is sent;
 * statuses move only along {@link RecipientStatus#next()}, each move dated and kept in the history.
 */
public final class RoundService {

    private final RoundRepository rounds;
    private final RecipientRepository recipients;
    private final QuestionnaireTemplateService templates;
    private final RoundRoster roster;
    private final Transactions transactions;
    private final Officer officer;
    private final Clock clock;

    public RoundService(RoundRepository rounds, RecipientRepository recipients, QuestionnaireTemplateService templates,
                        RoundRoster roster, Transactions transactions, Officer officer, Clock clock) {
        this.rounds = rounds;
        this.recipients = recipients;
        this.templates = templates;
        this.roster = roster;
        this.transactions = transactions;
        this.officer = officer;
        this.clock = clock;
    }

    public List<Round> rounds() {
        return rounds.all();
    }

    public Optional<Round> round(UUID id) {
        return rounds.find(id);
    }

    /** A round named by its id or its title (ignoring case; titles are unique). */
    public Optional<Round> findRound(String idOrTitle) {
        return Names.find(idOrTitle, rounds::find, rounds.all(), (r, name) -> sameTitle(r.title(), name));
    }

    public List<Recipient> recipients(UUID roundId) {
        return recipients.ofRound(roundId);
    }

    /** The recipient of a round for a country (ISO alpha-3, any case). */
    public Optional<Recipient> recipient(UUID roundId, String countryCode) {
        String code = countryCode == null ? "" : countryCode.strip().toUpperCase(Locale.ROOT);
        return recipients.find(roundId, code);
    }

    /**
     * Who a round of the dialogue opened today would go to when the officer changes nothing: its
     * partner states, each with its national focal point of today.
     */
    public List<RecipientProposal> proposedRecipients(UUID dialogueId) {
        LocalDate on = today();
        return roster.partnerStates(dialogueId, on).stream()
                .map(c -> new RecipientProposal(c, roster.focalPoint(dialogueId, c, on).orElse(null))).toList();
    }

    /** Opens a round today for these countries, or for the dialogue's current partner states when null. */
    public RoundCreation createRound(UUID dialogueId, UUID templateVersionId, String title, LocalDate deadline,
                                     List<String> countries) {
        return createRound(new RoundDraft(dialogueId, templateVersionId, title, deadline, null, countries));
    }

    /**
     * Opens a round: checks every field, freezes the template version, and adds one recipient per
     * country with the focal point the roster gives on the opening day (countries without one are
     * listed in the result, and can still be sent the questionnaire by other means).
     */
    public RoundCreation createRound(RoundDraft draft) {
        LocalDate openedOn = draft.openedOn() == null ? today() : draft.openedOn();
        List<Problem> problems = new ArrayList<>();
        boolean dialogueKnown = draft.dialogueId() != null && roster.dialogueExists(draft.dialogueId());
        if (!dialogueKnown) {
            problems.add(Problem.of("dialogue", "questionnaire.round.problem.dialogueUnknown"));
        }
        if (draft.templateVersionId() == null || templates.version(draft.templateVersionId()).isEmpty()) {
            problems.add(Problem.of("templateVersion", "questionnaire.round.problem.versionUnknown"));
        }
        String title = draft.title() == null ? "" : draft.title().strip();
        if (title.isEmpty()) {
            problems.add(Problem.of("title", "questionnaire.round.problem.titleRequired"));
        } else if (rounds.all().stream().anyMatch(r -> sameTitle(r.title(), title))) {
            problems.add(Problem.of("title", "questionnaire.round.problem.titleTaken", title));
        }
        if (openedOn.isAfter(today())) {
            problems.add(Problem.of("openedOn", "questionnaire.round.problem.dateInFuture", openedOn));
        }
        if (draft.deadline() == null) {
            problems.add(Problem.of("deadline", "questionnaire.round.problem.deadlineRequired"));
        } else if (draft.deadline().isBefore(openedOn)) {
            problems.add(Problem.of("deadline", "questionnaire.round.problem.deadlineBeforeOpening",
                    draft.deadline(), openedOn));
        }
        List<String> countries = draft.countries() != null ? normalised(draft.countries())
                : dialogueKnown ? roster.partnerStates(draft.dialogueId(), openedOn) : List.of();
        problems.addAll(checkCountries(countries));
        refuse(problems);
        return transactions.inTransaction(() -> {
            templates.freeze(draft.templateVersionId());
            Round round = new Round(newMeta(), draft.dialogueId(), draft.templateVersionId(), title,
                    draft.deadline(), openedOn);
            rounds.save(round);
            List<Recipient> added = new ArrayList<>();
            List<String> withoutFocalPoint = new ArrayList<>();
            for (String country : countries) {
                Recipient r = newRecipient(round, country, openedOn);
                if (r.focalPointId() == null) {
                    withoutFocalPoint.add(country);
                }
                recipients.save(r);
                added.add(r);
            }
            return new RoundCreation(round, added, withoutFocalPoint);
        });
    }

    /** Adds a country to a round to which nothing has been sent yet. */
    public Recipient addRecipient(UUID roundId, String countryCode) {
        return transactions.inTransaction(() -> {
            Round round = existing(roundId);
            List<Recipient> current = recipients.ofRound(roundId);
            refuseIfSent(current);
            String code = countryCode == null ? "" : countryCode.strip().toUpperCase(Locale.ROOT);
            if (!roster.countryExists(code)) {
                refuse(List.of(Problem.of("country", "questionnaire.round.problem.countryUnknown", code)));
            }
            if (current.stream().anyMatch(r -> r.countryCode().equals(code))) {
                refuse(List.of(Problem.of("country", "questionnaire.round.problem.countryTwice", code)));
            }
            Recipient r = newRecipient(round, code, today());
            recipients.save(r);
            return r;
        });
    }

    /** Takes a country out of a round to which nothing has been sent yet. */
    public void removeRecipient(UUID roundId, String countryCode) {
        transactions.run(() -> {
            existing(roundId);
            List<Recipient> current = recipients.ofRound(roundId);
            refuseIfSent(current);
            recipients.delete(recipientOf(current, countryCode).id());
        });
    }

    /**
     * Records that a country's questionnaire moved to another status on a day (today when null): only
     * along the allowed moves, not before the round was opened nor before its last change, not in the
     * future.
     */
    public Recipient changeStatus(UUID roundId, String countryCode, RecipientStatus to, LocalDate on, String note) {
        return transactions.inTransaction(() -> {
            Round round = existing(roundId);
            Recipient recipient = recipient(roundId, countryCode).orElseThrow(() -> new ValidationException(
                    List.of(Problem.of("country", "questionnaire.round.problem.notRecipient",
                            countryCode == null ? "" : countryCode.strip().toUpperCase(Locale.ROOT)))));
            LocalDate day = on == null ? today() : on;
            List<Problem> problems = new ArrayList<>();
            RecipientStatus from = recipient.status();
            if (to == null) {
                problems.add(Problem.of("status", "questionnaire.round.problem.statusRequired"));
            } else if (!from.canMoveTo(to)) {
                problems.add(Problem.of("status", "questionnaire.round.problem.transition", from.name(), to.name(),
                        from.next().isEmpty() ? "-" : String.join(", ", from.next().stream().map(Enum::name).toList())));
            }
            if (day.isBefore(round.createdOn())) {
                problems.add(Problem.of("date", "questionnaire.round.problem.dateBeforeOpening", day, round.createdOn()));
            } else if (day.isBefore(recipient.statusOn())) {
                problems.add(Problem.of("date", "questionnaire.round.problem.dateBeforeLast", day, recipient.statusOn()));
            }
            if (day.isAfter(today())) {
                problems.add(Problem.of("date", "questionnaire.round.problem.dateInFuture", day));
            }
            refuse(problems);
            StatusChange change = new StatusChange(newMeta(), recipient.id(), to, day, officer.name(), note);
            Recipient changed = recipient.with(recipient.meta().touch(officer.name(), clock), change);
            recipients.save(changed);
            return changed;
        });
    }

    /** The round's status board today. */
    public RoundBoard board(UUID roundId) {
        return RoundBoard.of(existing(roundId), recipients.ofRound(roundId), today());
    }

    private Recipient newRecipient(Round round, String country, LocalDate on) {
        RecordMeta meta = newMeta();
        UUID focalPoint = roster.focalPoint(round.dialogueId(), country, on).orElse(null);
        StatusChange first = new StatusChange(newMeta(), meta.id(), RecipientStatus.NOT_SENT, on, officer.name(), "");
        return new Recipient(meta, round.id(), country, focalPoint, List.of(first));
    }

    private List<Problem> checkCountries(List<String> countries) {
        List<Problem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < countries.size(); i++) {
            String code = countries.get(i);
            String field = "recipients[" + i + "]";
            if (!roster.countryExists(code)) {
                problems.add(Problem.of(field, "questionnaire.round.problem.countryUnknown", code));
            } else if (!seen.add(code)) {
                problems.add(Problem.of(field, "questionnaire.round.problem.countryTwice", code));
            }
        }
        if (countries.isEmpty()) {
            problems.add(Problem.of("recipients", "questionnaire.round.problem.noRecipients"));
        }
        return problems;
    }

    private static void refuseIfSent(List<Recipient> current) {
        if (current.stream().anyMatch(r -> r.status() != RecipientStatus.NOT_SENT)) {
            refuse(List.of(Problem.of("recipients", "questionnaire.round.problem.alreadySent")));
        }
    }

    private static Recipient recipientOf(List<Recipient> current, String countryCode) {
        String code = countryCode == null ? "" : countryCode.strip().toUpperCase(Locale.ROOT);
        return current.stream().filter(r -> r.countryCode().equals(code)).findFirst().orElseThrow(
                () -> new ValidationException(List.of(Problem.of("country",
                        "questionnaire.round.problem.notRecipient", code))));
    }

    private Round existing(UUID roundId) {
        return rounds.find(roundId).orElseThrow(() -> new DeskException(
                Messages.english().get("questionnaire.round.notFound", roundId)));
    }

    private static List<String> normalised(List<String> codes) {
        return codes.stream().map(c -> c == null ? "" : c.strip().toUpperCase(Locale.ROOT)).toList();
    }

    private static boolean sameTitle(String a, String b) {
        return a.strip().equalsIgnoreCase(b.strip());
    }

    private static void refuse(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    private RecordMeta newMeta() {
        return RecordMeta.create(officer.name(), clock);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
