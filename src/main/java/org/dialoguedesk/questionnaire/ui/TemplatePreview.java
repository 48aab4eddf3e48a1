package org.dialoguedesk.questionnaire.ui;

import java.util.List;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.common.Localized;
import org.dialoguedesk.questionnaire.Choice;
import org.dialoguedesk.questionnaire.Question;
import org.dialoguedesk.questionnaire.QuestionType;
import org.dialoguedesk.questionnaire.Section;
import org.dialoguedesk.questionnaire.Template;
import org.dialoguedesk.questionnaire.TemplateVersion;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.Paragraph;

/**
 * A version drawn as the focal point will read it, in one language: the template's title, each
 * section, each question numbered (with * when an answer is required), its help and definition
 * muted, then where the answer goes: choices, a grid of the table's rows and columns, the unit.
 * Every text, the form's own words included ("Unit", "Yes"), is in the preview's language, and the
 * page runs right to left in Arabic. Every wrapping text is a {@link Paragraph}, so Arabic wraps
 * and its letters join.
 */
final class TemplatePreview {

    private final Lang lang;
    private final I18n words;

    private TemplatePreview(Lang lang) {
        this.lang = lang;
        this.words = new I18n(lang);
    }

    static VBox of(Template template, TemplateVersion version, Lang lang) {
        return new TemplatePreview(lang).page(template, version);
    }

    private VBox page(Template template, TemplateVersion version) {
        VBox page = new VBox(14);
        page.setId("template-preview");
        page.getStyleClass().add("preview-page");
        page.setNodeOrientation(lang.isRightToLeft() ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
        page.getChildren().add(text(template.title(), "preview-title"));
        if (!template.description().in(lang).isEmpty()) {
            page.getChildren().add(text(template.description(), "preview-muted"));
        }
        page.getChildren().add(paragraph(words.get("questionnaire.ui.preview.requiredLegend"), "preview-muted"));
        for (int s = 0; s < version.sections().size(); s++) {
            page.getChildren().add(section(version.sections().get(s), s));
        }
        return page;
    }

    private Node section(Section section, int s) {
        VBox box = new VBox(12);
        box.getStyleClass().add("preview-section");
        box.getChildren().add(paragraph(OutlinePosition.ofSection(s).number() + ". " + section.title().in(lang),
                "preview-section-title"));
        for (int q = 0; q < section.questions().size(); q++) {
            box.getChildren().add(question(section.questions().get(q), new OutlinePosition(s, q).number()));
        }
        return box;
    }

    private Node question(Question q, String number) {
        VBox box = new VBox(4);
        box.getStyleClass().add("preview-question");
        box.getChildren().add(paragraph(number + " " + q.label().in(lang) + (q.required() ? " *" : ""),
                "preview-label"));
        if (!q.help().in(lang).isEmpty()) {
            box.getChildren().add(text(q.help(), "preview-muted"));
        }
        if (!q.definition().in(lang).isEmpty()) {
            box.getChildren().add(paragraph(words.get("questionnaire.form.definition", q.definition().in(lang)),
                    "preview-muted"));
        }
        box.getChildren().add(answer(q));
        return box;
    }

    /** Where the answer goes, as the type asks for it. */
    private Node answer(Question q) {
        return switch (q.type()) {
            case SHORT_TEXT -> answerBox("preview-answer-line");
            case LONG_TEXT -> answerBox("preview-answer-area");
            case YES_NO -> options(List.of(new Choice("yes", same(words.get("questionnaire.form.yes"))),
                    new Choice("no", same(words.get("questionnaire.form.no")))), "single");
            case SINGLE_CHOICE -> options(q.choices(), "single");
            case MULTIPLE_CHOICE -> options(q.choices(), "multiple");
            case TABLE -> hinted(table(q), hint(q.type()));
            case DECIMAL -> hinted(withUnit(answerBox("preview-answer-short"), q.unit()), hint(q.type()));
            default -> hinted(answerBox("preview-answer-short"), hint(q.type()));
        };
    }

    private static Localized same(String text) {
        return new Localized(text, text, text);
    }

    /** The form's own instruction for the type (the words of the fillable form), or empty. */
    private String hint(QuestionType type) {
        return switch (type) {
            case INTEGER -> words.get("questionnaire.form.hint.integer");
            case DECIMAL -> words.get("questionnaire.form.hint.decimal");
            case YEAR -> words.get("questionnaire.form.hint.year");
            case DATE -> words.get("questionnaire.form.hint.date");
            case URL_SOURCE -> words.get("questionnaire.form.hint.url");
            case TABLE -> words.get("questionnaire.form.hint.table");
            default -> "";
        };
    }

    private Node hinted(Node answer, String hint) {
        VBox box = new VBox(4, answer);
        if (!hint.isEmpty()) {
            box.getChildren().add(paragraph(hint, "preview-hint"));
        }
        return box;
    }

    private static Region answerBox(String kind) {
        Region r = new Region();
        r.getStyleClass().addAll("preview-answer", kind);
        return r;
    }

    private Node withUnit(Region box, String unit) {
        if (unit.isEmpty()) {
            return box;
        }
        HBox row = new HBox(8, box, paragraph(words.get("questionnaire.form.unit", unit), "preview-unit"));
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** One line per option, a round mark for one answer, a square one for several. */
    private Node options(List<Choice> choices, String kind) {
        VBox box = new VBox(3);
        box.getStyleClass().add("preview-options");
        for (Choice c : choices) {
            Region mark = new Region();
            mark.getStyleClass().addAll("preview-mark", kind);
            Paragraph label = paragraph(c.label().in(lang), "preview-option");
            HBox.setHgrow(label, Priority.ALWAYS);
            HBox row = new HBox(8, mark, label);
            row.setAlignment(Pos.CENTER_LEFT);
            box.getChildren().add(row);
        }
        return box;
    }

    /** The table as the form lays it out: column labels across, row labels down, an empty cell for each figure. */
    private Node table(Question q) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("preview-table");
        for (int c = 0; c < q.columns().size(); c++) {
            Paragraph head = paragraph(q.columns().get(c).label().in(lang), "preview-table-head");
            head.setMaxWidth(90);
            grid.add(cell(head, "preview-table-heading"), c + 1, 0);
        }
        for (int r = 0; r < q.rows().size(); r++) {
            Paragraph label = paragraph(q.rows().get(r).label().in(lang), "preview-table-row");
            label.setMaxWidth(180);
            grid.add(cell(label, "preview-table-heading"), 0, r + 1);
            for (int c = 0; c < q.columns().size(); c++) {
                grid.add(cell(null, "preview-table-cell"), c + 1, r + 1);
            }
        }
        return grid;
    }

    private static Node cell(Node content, String kind) {
        VBox cell = content == null ? new VBox() : new VBox(content);
        cell.getStyleClass().add(kind);
        cell.setMaxWidth(Double.MAX_VALUE);
        cell.setMaxHeight(Double.MAX_VALUE);
        return cell;
    }

    private Paragraph text(Localized text, String style) {
        return paragraph(text.in(lang), style);
    }

    private static Paragraph paragraph(String text, String style) {
        Paragraph p = new Paragraph(text);
        p.getStyleClass().add(style);
        return p;
    }
}
