package org.dialoguedesk.questionnaire;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dialoguedesk.common.DeskException;
import org.dialoguedesk.common.Messages;
import org.dialoguedesk.common.Officer;
import org.dialoguedesk.common.Problem;
import org.dialoguedesk.common.RecordMeta;
import org.dialoguedesk.common.Transactions;
import org.dialoguedesk.common.ValidationException;

/**
 * The answers of a round's countries: stored from returned forms or typed in, compared before they are
 * replaced, reviewed one by one (accept, or flag with a comment), and counted for completeness. A
 * change of content always sends the answer back to PENDING review: an accepted figure that changed is
 * no longer the accepted figure.
 */
public final class AnswerService {

    private final AnswerRepository answers;
    private final RoundService rounds;
    private final QuestionnaireTemplateService templates;
    private final Transactions transactions;
    private final Officer officer;
    private final Clock clock;
    private final Map<UUID, TemplateVersion> frozen = new java.util.concurrent.ConcurrentHashMap<>();

    public AnswerService(AnswerRepository answers, RoundService rounds, QuestionnaireTemplateService templates,
                         Transactions transactions, Officer officer, Clock clock) {
        this.answers = answers;
        this.rounds = rounds;
        this.templates = templates;
        this.transactions = transactions;
        this.officer = officer;
        this.clock = clock;
    }

    /** The answers of one country of a round, in the template's question order. */
    public List<Answer> answers(UUID roundId, String countryCode) {
        Recipient recipient = recipient(roundId, countryCode);
        return inQuestionOrder(version(roundId), answers.ofRecipient(recipient.id()));
    }

    /** The answers stored for one recipient, in no particular order. */
    public List<Answer> answersOf(Recipient recipient) {
        return answers.ofRecipient(recipient.id());
    }

    /** The answers of every country of a round, by country code. */
    public Map<String, List<Answer>> answersByCountry(UUID roundId) {
        TemplateVersion version = version(roundId);
        Map<UUID, String> countries = rounds.recipients(roundId).stream()
                .collect(Collectors.toMap(Recipient::id, Recipient::countryCode));
        Map<String, List<Answer>> byCountry = new LinkedHashMap<>();
        countries.values().stream().sorted().forEach(c -> byCountry.put(c, new ArrayList<>()));
        for (Answer a : answers.ofRound(roundId)) {
            byCountry.get(countries.get(a.recipientId())).add(a);
        }
        byCountry.replaceAll((c, list) -> inQuestionOrder(version, list));
        return byCountry;
    }

    /**
     * The template version a round uses. A round's version is frozen, so it never changes once read:
     * it is kept, which spares every answer typed or imported a reading of the whole questionnaire.
     */
    public TemplateVersion version(UUID roundId) {
        Round round = rounds.round(roundId).orElseThrow(() -> new DeskException(
                Messages.english().get("questionnaire.round.notFound", roundId)));
        TemplateVersion known = frozen.get(round.templateVersionId());
        if (known != null) {
            return known;
        }
        TemplateVersion version = templates.version(round.templateVersionId()).orElseThrow(
                () -> new DeskException("The round's template version is missing"));
        if (version.isFrozen()) {
            frozen.put(version.meta().id(), version);
        }
        return version;
    }

    /**
     * What storing these answers would change, value by value, in the template's order: keys whose
     * stored value differs, appears or disappears. Questions not proposed are not compared.
     */
    public static List<AnswerChange> diff(TemplateVersion version, List<Answer> current,
                                          List<ProposedAnswer> proposed) {
        Map<String, Answer> stored = byCode(current);
        Map<String, ProposedAnswer> offered = proposed.stream()
                .collect(Collectors.toMap(ProposedAnswer::questionCode, Function.identity(), (a, b) -> b));
        List<AnswerChange> changes = new ArrayList<>();
        for (Question q : version.questions()) {
            ProposedAnswer p = offered.get(q.code());
            if (p == null) {
                continue;
            }
            Answer a = stored.get(q.code());
            for (String key : AnswerKeys.of(q)) {
                String before = a == null ? "" : a.values().getOrDefault(key, "");
                String after = p.values().getOrDefault(key, "");
                if (!before.equals(after)) {
                    changes.add(new AnswerChange(key, before, after));
                }
            }
            String beforeNote = a == null ? "" : a.note();
            if (!beforeNote.equals(p.note())) {
                changes.add(new AnswerChange(AnswerCell.noteKey(q.code()), beforeNote, p.note()));
            }
        }
        return changes;
    }

    /**
     * Stores these answers of a country: a proposed answer with nothing in it removes the stored one,
     * one with the same content as stored keeps it (and its review) as it is, any other replaces it
     * and waits for review again. Returns the answers of the country afterwards.
     */
    public List<Answer> store(Recipient recipient, List<ProposedAnswer> proposed, AnswerSource source,
                              String sourceFile) {
        return transactions.inTransaction(() -> {
            Map<String, Answer> stored = byCode(answers.ofRecipient(recipient.id()));
            for (ProposedAnswer p : proposed) {
                Answer a = stored.get(p.questionCode());
                if (p.isEmpty()) {
                    if (a != null) {
                        answers.delete(a.id());
                    }
                } else if (a == null) {
                    answers.save(new Answer(newMeta(), recipient.id(), p.questionCode(), p.values(), p.note(),
                            source, sourceFile, ReviewState.PENDING, ""));
                } else if (!a.sameContent(p.values(), p.note())) {
                    answers.save(a.withContent(a.meta().touch(officer.name(), clock), p.values(), p.note(),
                            source, sourceFile));
                }
            }
            return answers.ofRecipient(recipient.id());
        });
    }

    /**
     * Types in or corrects one answer: the values by answer key as text (labels or codes for choices,
     * "yes"/"no" in any language), and the "national definition differs" note. Every value is checked
     * against the question; problems name the answer key. Blank values and note remove the answer.
     */
    public Optional<Answer> type(UUID roundId, String countryCode, String questionCode, Map<String, String> texts,
                                 String note) {
        Recipient recipient = recipient(roundId, countryCode);
        Question q = version(roundId).question(questionCode).orElseThrow(() -> new ValidationException(List.of(
                Problem.of("question", "questionnaire.answer.problem.unknownQuestion", questionCode))));
        List<String> keys = AnswerKeys.of(q);
        List<Problem> problems = new ArrayList<>();
        Map<String, String> values = new LinkedHashMap<>();
        texts.keySet().stream().filter(k -> !keys.contains(k)).forEach(k -> problems.add(
                Problem.of(k, "questionnaire.answer.problem.unknownKey", k, questionCode)));
        for (String key : keys) {
            AnswerValues.Parsed parsed = AnswerValues.parseText(q, texts.getOrDefault(key, ""), key);
            if (!parsed.ok()) {
                problems.add(parsed.problem());
            }
            parsed.value().ifPresent(v -> values.put(key, v));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        List<Answer> after = store(recipient, List.of(new ProposedAnswer(q.code(), values, note)),
                AnswerSource.TYPED, "");
        return after.stream().filter(a -> a.questionCode().equals(q.code())).findFirst();
    }

    /** Accepts an answer, or flags it with a comment saying what is wrong (required for a flag). */
    public Answer review(UUID roundId, String countryCode, String questionCode, ReviewState state, String comment) {
        return transactions.inTransaction(() -> {
            Recipient recipient = recipient(roundId, countryCode);
            Answer a = answers.ofRecipient(recipient.id()).stream()
                    .filter(x -> x.questionCode().equals(questionCode)).findFirst()
                    .orElseThrow(() -> new ValidationException(List.of(Problem.of("question",
                            "questionnaire.answer.problem.noAnswer", questionCode, recipient.countryCode()))));
            String why = comment == null ? "" : comment.strip();
            if (state == ReviewState.FLAGGED && why.isEmpty()) {
                throw new ValidationException(List.of(Problem.of("comment",
                        "questionnaire.answer.problem.flagNeedsComment")));
            }
            Answer reviewed = a.withReview(a.meta().touch(officer.name(), clock), state,
                    state == ReviewState.ACCEPTED && why.isEmpty() ? "" : why);
            answers.save(reviewed);
            return reviewed;
        });
    }

    /** Accepts every answer of a country still waiting for review; flagged ones stay flagged. */
    public int acceptPending(UUID roundId, String countryCode) {
        return transactions.inTransaction(() -> {
            int n = 0;
            for (Answer a : answers(roundId, countryCode)) {
                if (a.review() == ReviewState.PENDING) {
                    answers.save(a.withReview(a.meta().touch(officer.name(), clock), ReviewState.ACCEPTED, ""));
                    n++;
                }
            }
            return n;
        });
    }

    /**
     * Accepts a country's answers as a whole: the country moves to ACCEPTED, which the round allows
     * only from UNDER_REVIEW, and only when no answer is flagged or waiting for review.
     */
    public Recipient acceptCountry(UUID roundId, String countryCode, String note) {
        return transactions.inTransaction(() -> {
            List<Answer> all = answers(roundId, countryCode);
            long flagged = all.stream().filter(a -> a.review() == ReviewState.FLAGGED).count();
            long pending = all.stream().filter(a -> a.review() == ReviewState.PENDING).count();
            if (flagged > 0 || pending > 0) {
                throw new ValidationException(List.of(Problem.of("review",
                        "questionnaire.answer.problem.notAllAccepted", countryCode, flagged, pending)));
            }
            return rounds.changeStatus(roundId, countryCode, RecipientStatus.ACCEPTED, null, note);
        });
    }

    /** Completeness of every country of a round, by country code. */
    public Map<String, Completeness> completeness(UUID roundId) {
        TemplateVersion version = version(roundId);
        Map<String, Completeness> result = new LinkedHashMap<>();
        answersByCountry(roundId).forEach((country, list) -> result.put(country, completeness(version, list)));
        return result;
    }

    /** Completeness of the countries of a round that have any answer on record (see {@link RoundCompleteness}). */
    public Map<String, Completeness> completenessOnRecord(UUID roundId) {
        TemplateVersion version = version(roundId);
        Map<String, Completeness> result = new LinkedHashMap<>();
        answersByCountry(roundId).forEach((country, list) -> {
            if (!list.isEmpty()) {
                result.put(country, completeness(version, list));
            }
        });
        return result;
    }

    public static Completeness completeness(TemplateVersion version, List<Answer> list) {
        Map<String, Answer> byCode = byCode(list);
        int answered = 0;
        int required = 0;
        int requiredAnswered = 0;
        int accepted = 0;
        int flagged = 0;
        for (Question q : version.questions()) {
            Answer a = byCode.get(q.code());
            boolean has = a != null && !a.values().isEmpty();
            answered += has ? 1 : 0;
            required += q.required() ? 1 : 0;
            requiredAnswered += q.required() && has ? 1 : 0;
            accepted += a != null && a.review() == ReviewState.ACCEPTED ? 1 : 0;
            flagged += a != null && a.review() == ReviewState.FLAGGED ? 1 : 0;
        }
        return new Completeness(version.questions().size(), answered, required, requiredAnswered, accepted, flagged);
    }

    /**
     * The country's accepted answers of the latest earlier round of the same template (any version)
     * in which it has any, kept only where the question, its row, column or choice still exist and the
     * value still reads the same: what a new form is pre-filled with.
     */
    public PreviousAnswers previousAccepted(UUID roundId, String countryCode) {
        Round round = rounds.round(roundId).orElseThrow();
        TemplateVersion version = version(roundId);
        List<Round> earlier = rounds.rounds().stream()
                .filter(r -> r.createdOn().isBefore(round.createdOn()))
                .filter(r -> templates.version(r.templateVersionId())
                        .map(v -> v.templateId().equals(version.templateId())).orElse(false))
                .sorted(java.util.Comparator.comparing(Round::createdOn).reversed()).toList();
        for (Round r : earlier) {
            Optional<Recipient> recipient = rounds.recipients(r.id()).stream()
                    .filter(x -> x.countryCode().equals(countryCode)).findFirst();
            List<Answer> accepted = recipient.map(x -> answers.ofRecipient(x.id())).orElse(List.of()).stream()
                    .filter(a -> a.review() == ReviewState.ACCEPTED).toList();
            Map<String, String> values = carriedOver(version, accepted);
            if (!values.isEmpty()) {
                return new PreviousAnswers(r.title(), values);
            }
        }
        return PreviousAnswers.NONE;
    }

    private static Map<String, String> carriedOver(TemplateVersion version, List<Answer> accepted) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Answer a : accepted) {
            Optional<Question> q = version.question(a.questionCode());
            if (q.isEmpty()) {
                continue;
            }
            List<String> keys = AnswerKeys.of(q.get());
            a.values().forEach((key, value) -> {
                // a value that no longer reads the same (the type changed, the choice is gone) is left out
                boolean stillValid = AnswerValues.parseText(q.get(), value, key).value().equals(Optional.of(value));
                if (keys.contains(key) && stillValid) {
                    values.put(key, value);
                }
            });
            if (!a.note().isEmpty()) {
                values.put(AnswerCell.noteKey(a.questionCode()), a.note());
            }
        }
        return values;
    }

    Recipient recipient(UUID roundId, String countryCode) {
        String code = countryCode == null ? "" : countryCode.strip().toUpperCase(Locale.ROOT);
        return rounds.recipient(roundId, code).orElseThrow(() -> new ValidationException(List.of(Problem.of(
                "country", "questionnaire.round.problem.notRecipient", code))));
    }

    private static List<Answer> inQuestionOrder(TemplateVersion version, List<Answer> list) {
        Map<String, Integer> order = new HashMap<>();
        List<Question> questions = version.questions();
        for (int i = 0; i < questions.size(); i++) {
            order.put(questions.get(i).code(), i);
        }
        return list.stream().sorted(java.util.Comparator.comparingInt(
                (Answer a) -> order.getOrDefault(a.questionCode(), Integer.MAX_VALUE))
                .thenComparing(Answer::questionCode)).toList();
    }

    private static Map<String, Answer> byCode(List<Answer> list) {
        return list.stream().collect(Collectors.toMap(Answer::questionCode, Function.identity()));
    }

    private RecordMeta newMeta() {
        return RecordMeta.create(officer.name(), clock);
    }
}
