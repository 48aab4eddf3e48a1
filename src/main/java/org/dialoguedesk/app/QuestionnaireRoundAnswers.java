package org.dialoguedesk.app;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.dialoguedesk.profile.RoundAnswers;
import org.dialoguedesk.questionnaire.Answer;
import org.dialoguedesk.questionnaire.AnswerService;
import org.dialoguedesk.questionnaire.Choice;
import org.dialoguedesk.questionnaire.Question;
import org.dialoguedesk.questionnaire.ReviewState;
import org.dialoguedesk.questionnaire.Round;
import org.dialoguedesk.questionnaire.RoundService;
import org.dialoguedesk.questionnaire.TemplateVersion;

/** Profiles read rounds through the questionnaire services: only answers the secretariat accepted. */
final class QuestionnaireRoundAnswers implements RoundAnswers {

    private final RoundService rounds;
    private final AnswerService answers;

    QuestionnaireRoundAnswers(RoundService rounds, AnswerService answers) {
        this.rounds = rounds;
        this.answers = answers;
    }

    @Override
    public Optional<String> title(UUID roundId) {
        return rounds.round(roundId).map(Round::title);
    }

    @Override
    public int referenceYear(UUID roundId) {
        return rounds.round(roundId).map(r -> r.createdOn().getYear() - 1).orElseThrow();
    }

    @Override
    public Set<String> questionCodes(UUID roundId) {
        return answers.version(roundId).questions().stream().map(Question::code).collect(Collectors.toSet());
    }

    @Override
    public List<Accepted> accepted(UUID roundId, String countryCode) {
        TemplateVersion version = answers.version(roundId);
        return answers.answers(roundId, countryCode).stream().filter(a -> a.review() == ReviewState.ACCEPTED)
                .flatMap(a -> version.question(a.questionCode()).map(q -> accepted(q, a)).stream()).toList();
    }

    private static Accepted accepted(Question q, Answer a) {
        LocalDate on = a.meta().updatedAt().atOffset(ZoneOffset.UTC).toLocalDate();
        return new Accepted(q.code(), q.label(), q.type().name(), options(q.rows()), options(q.columns()), a.values(),
                a.note(), on);
    }

    private static List<Option> options(List<Choice> choices) {
        return choices.stream().map(c -> new Option(c.code(), c.label())).toList();
    }
}
