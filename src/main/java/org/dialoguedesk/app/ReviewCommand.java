package org.dialoguedesk.app;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dialoguedesk.common.Messages;
import org.dialoguedesk.questionnaire.Answer;
import org.dialoguedesk.questionnaire.AnswerService;
import org.dialoguedesk.questionnaire.Completeness;
import org.dialoguedesk.questionnaire.ReviewState;
import org.dialoguedesk.questionnaire.Round;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code questionnaire review}: a country's answers with their review, and the review itself: accept
 * answers, flag one with a comment, accept everything still pending, accept the country as a whole.
 * Without an action it lists the answers as CSV.
 */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = "Review a country's answers: list them, accept or flag answers, accept the country.")
final class ReviewCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--round", required = true, paramLabel = "ID_OR_TITLE", description = "The round's id or title")
    String roundName;

    @Option(names = "--country", required = true, paramLabel = "ISO3", description = "The country (ISO alpha-3)")
    String country;

    @Option(names = "--accept", split = ",", paramLabel = "QUESTION", description = "Accept these answers (codes)")
    List<String> accept = new ArrayList<>();

    @Option(names = "--flag", paramLabel = "QUESTION", description = "Flag this answer; needs --comment")
    String flag;

    @Option(names = "--comment", paramLabel = "TEXT", description = "Why the answer is flagged")
    String comment;

    @Option(names = "--accept-pending", description = "Accept every answer still waiting for review")
    boolean acceptPending;

    @Option(names = "--accept-country", description = "Accept the country's answers as a whole (status ACCEPTED)")
    boolean acceptCountry;

    @Override
    public Integer call() throws java.io.IOException {
        Main main = (Main) spec.root().userObject();
        try (Desk desk = main.openDesk()) {
            Messages messages = CommandMessages.of(desk);
            Round round = CommandNames.round(desk, roundName);
            AnswerService answers = desk.answers();
            PrintWriter out = spec.commandLine().getOut();
            boolean acted = false;
            for (String code : accept) {
                answers.review(round.id(), country, code.strip(), ReviewState.ACCEPTED, comment);
                out.println(messages.get("questionnaire.review.accepted", code.strip()));
                acted = true;
            }
            if (flag != null) {
                answers.review(round.id(), country, flag.strip(), ReviewState.FLAGGED, comment);
                out.println(messages.get("questionnaire.review.flagged", flag.strip(), comment));
                acted = true;
            }
            if (acceptPending) {
                out.println(messages.get("questionnaire.review.acceptedPending", answers.acceptPending(round.id(),
                        country)));
                acted = true;
            }
            if (acceptCountry) {
                answers.acceptCountry(round.id(), country, comment);
                out.println(messages.get("questionnaire.review.countryAccepted", country.toUpperCase(
                        java.util.Locale.ROOT), round.title()));
                acted = true;
            }
            if (!acted) {
                list(answers, round, out, messages);
            }
            out.flush();
        }
        return Main.OK;
    }

    private void list(AnswerService answers, Round round, PrintWriter out, Messages messages)
            throws java.io.IOException {
        List<Answer> list = answers.answers(round.id(), country);
        List<Map<String, String>> rows = new ArrayList<>();
        for (Answer a : list) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("question", a.questionCode());
            row.put("values", String.join("; ", a.values().entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).toList()));
            row.put("note", a.note());
            row.put("review", a.review().name());
            row.put("comment", a.reviewComment());
            row.put("source", a.source().name());
            rows.add(row);
        }
        out.print(CommandOutput.csv(List.of("question", "values", "note", "review", "comment", "source"), rows));
        Completeness c = AnswerService.completeness(answers.version(round.id()), list);
        spec.commandLine().getErr().println(messages.get("questionnaire.review.summary", c.answered(), c.questions(),
                c.requiredAnswered(), c.required(), c.accepted(), c.flagged()));
    }
}
