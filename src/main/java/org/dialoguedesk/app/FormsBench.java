package org.dialoguedesk.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.dialoguedesk.questionnaire.FormSpec;
import org.dialoguedesk.questionnaire.RoundDraft;
import org.dialoguedesk.render.form.QuestionnaireWorkbookWriter;
import org.dialoguedesk.roster.Country;

/**
 * Generating a round's fillable forms: a 70-country round on the sample template (the MTM partner
 * states and other countries to make up 70) in the bench's own sample desk; one run writes all 70.
 */
final class FormsBench implements BenchScenario {

    static final int COUNTRIES = 70;

    private final Path folder;
    private Desk desk;
    private UUID roundId;
    private int run;

    FormsBench(Path folder) {
        this.folder = folder.resolve("forms");
    }

    @Override
    public void prepare() {
        desk = Desk.open(folder.resolve("desk.db"), false);
        roundId = benchRound(desk, "Bench forms " + COUNTRIES);
    }

    /** A round of the sample template for the MTM partner states and other countries, 70 in all. */
    static UUID benchRound(Desk desk, String title) {
        UUID mtm = desk.roster().dialogueByKey("MTM").orElseThrow().meta().id();
        UUID version = desk.questionnaireTemplates().findTemplate(SampleData.SAMPLE_TEMPLATE)
                .flatMap(t -> desk.questionnaireTemplates().latestVersion(t.meta().id())).orElseThrow().meta().id();
        List<String> partners = desk.rounds().findRound(SampleData.SAMPLE_ROUND).map(r -> desk.rounds()
                .recipients(r.id()).stream().map(x -> x.countryCode()).toList()).orElse(List.of());
        List<String> countries = new ArrayList<>(Stream.concat(partners.stream(),
                desk.roster().countries().stream().map(Country::code)).distinct().limit(COUNTRIES).toList());
        return desk.rounds().createRound(new RoundDraft(mtm, version, title,
                LocalDate.now(desk.clock()).plusMonths(2), null, countries)).round().id();
    }

    @Override
    public void runOnce() {
        Path out = folder.resolve("run-" + run++);
        QuestionnaireWorkbookWriter writer = new QuestionnaireWorkbookWriter();
        try {
            for (FormSpec form : desk.forms().formsFor(roundId)) {
                writer.write(form, out.resolve(form.fileName()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (desk != null) {
            desk.close();
        }
    }
}
