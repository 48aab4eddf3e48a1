package org.dialoguedesk.questionnaire.ui;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.dialoguedesk.common.Problem;
import org.dialoguedesk.common.ValidationException;
import org.dialoguedesk.ui.FormErrors;
import org.dialoguedesk.ui.JobRunner;

/**
 * How the section and question forms save. The whole draft goes to the template service, whose
 * validator names each problem by its path in the draft ({@code sections[1].questions[3].code});
 * the problems of the place the form edits come back under the form's own fields ({@code code}),
 * the others on its general line.
 */
final class DraftFormSave {

    private static final String DUPLICATE = "questionnaire.problem.codeDuplicate";

    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper(this, "done", false);

    void save(JobRunner jobs, String description, FormErrors errors, OutlinePosition at, String code,
              Supplier<SavedDraft> work, Consumer<SavedDraft> onSaved) {
        errors.clear();
        jobs.run(description, work, saved -> {
            done.set(true);
            onSaved.accept(saved);
        }, e -> {
            if (e instanceof ValidationException v) {
                errors.show(relativeTo(at, code, v.problems()));
            } else {
                errors.showFailure(e);
            }
        });
    }

    /**
     * The problems with paths under {@code at} renamed to the rest of their path; a duplicate of
     * {@code code} reported elsewhere (the validator flags the second use, which may be the other
     * question) goes to the form's code field too.
     */
    static List<Problem> relativeTo(OutlinePosition at, String code, List<Problem> problems) {
        String prefix = at.path() + ".";
        return problems.stream().map(p -> {
            if (p.field().startsWith(prefix)) {
                return new Problem(p.field().substring(prefix.length()), p.messageKey(), p.args());
            }
            if (p.messageKey().equals(DUPLICATE) && !p.args().isEmpty() && p.args().get(0).equals(code)) {
                return new Problem("code", p.messageKey(), p.args());
            }
            return p;
        }).toList();
    }

    ReadOnlyBooleanProperty doneProperty() {
        return done.getReadOnlyProperty();
    }
}
