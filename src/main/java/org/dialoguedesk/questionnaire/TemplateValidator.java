package org.dialoguedesk.questionnaire;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.dialoguedesk.common.Problem;

/**
 * The rules a template and its content must meet before anything is saved. Every problem names its
 * field as a path ({@code sections[1].questions[3].code}) so a form can show it under the field.
 */
public final class TemplateValidator {

    /** Question and section codes: XLSForm names that are also safe as column names. */
    public static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]*");
    /** Template keys (XLSForm form_id). */
    public static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]*");
    /** Choice codes: any XLSForm choice name without spaces. */
    public static final Pattern CHOICE_CODE = Pattern.compile("[A-Za-z0-9_.-]+");
    /** Row and column codes of a table: no double underscore, which separates them in cell names. */
    public static final Pattern AXIS_CODE = Pattern.compile("[a-z0-9]+(_[a-z0-9]+)*");

    public List<Problem> validateTemplate(Template template) {
        List<Problem> problems = new ArrayList<>();
        if (template.key().isEmpty()) {
            problems.add(Problem.of("template.key", "questionnaire.problem.keyRequired"));
        } else if (!KEY.matcher(template.key()).matches()) {
            problems.add(Problem.of("template.key", "questionnaire.problem.keyFormat", template.key()));
        }
        if (template.title().en().isEmpty()) {
            problems.add(Problem.of("template.title", "questionnaire.problem.titleRequired"));
        }
        return problems;
    }

    public List<Problem> validateContent(List<Section> sections) {
        List<Problem> problems = new ArrayList<>();
        if (sections.isEmpty()) {
            problems.add(Problem.of("sections", "questionnaire.problem.noSections"));
        }
        Set<String> sectionCodes = new HashSet<>();
        Set<String> questionCodes = new HashSet<>();
        for (int s = 0; s < sections.size(); s++) {
            Section section = sections.get(s);
            String path = "sections[" + s + "]";
            checkCode(section.code(), path + ".code", sectionCodes, problems);
            if (section.title().en().isEmpty()) {
                problems.add(Problem.of(path + ".title", "questionnaire.problem.sectionTitleRequired", section.code()));
            }
            for (int q = 0; q < section.questions().size(); q++) {
                validateQuestion(section.questions().get(q), path + ".questions[" + q + "]", questionCodes, problems);
            }
        }
        return problems;
    }

    private static void validateQuestion(Question question, String path, Set<String> codes, List<Problem> problems) {
        checkCode(question.code(), path + ".code", codes, problems);
        if (question.label().en().isEmpty()) {
            problems.add(Problem.of(path + ".label", "questionnaire.problem.labelRequired", question.code()));
        }
        if (question.type().hasChoices()) {
            if (question.choices().isEmpty()) {
                problems.add(Problem.of(path + ".choices", "questionnaire.problem.choicesRequired", question.code()));
            }
            checkOptions(question, question.choices(), CHOICE_CODE, path + ".choices", problems);
        }
        if (question.type() == QuestionType.TABLE) {
            if (question.rows().isEmpty()) {
                problems.add(Problem.of(path + ".rows", "questionnaire.problem.tableRowsRequired", question.code()));
            }
            if (question.columns().isEmpty()) {
                problems.add(Problem.of(path + ".columns", "questionnaire.problem.tableColumnsRequired",
                        question.code()));
            }
            checkOptions(question, question.rows(), AXIS_CODE, path + ".rows", problems);
            checkOptions(question, question.columns(), AXIS_CODE, path + ".columns", problems);
        }
    }

    private static void checkCode(String code, String field, Set<String> seen, List<Problem> problems) {
        if (!CODE.matcher(code).matches()) {
            problems.add(Problem.of(field, "questionnaire.problem.codeFormat", code));
        } else if (!seen.add(code)) {
            problems.add(Problem.of(field, "questionnaire.problem.codeDuplicate", code));
        }
    }

    private static void checkOptions(Question question, List<Choice> options, Pattern format, String field,
                                     List<Problem> problems) {
        Set<String> seen = new HashSet<>();
        for (Choice option : options) {
            if (!format.matcher(option.code()).matches()) {
                problems.add(Problem.of(field, "questionnaire.problem.optionCode", question.code(), option.code()));
            } else if (!seen.add(option.code())) {
                problems.add(Problem.of(field, "questionnaire.problem.optionDuplicate", question.code(), option.code()));
            }
            if (option.label().en().isEmpty()) {
                problems.add(Problem.of(field, "questionnaire.problem.optionLabelRequired", question.code(),
                        option.code()));
            }
        }
    }
}
