package org.dialoguedesk.profile.ui;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.ui.MarkdownView;
import org.dialoguedesk.ui.Cells;
import org.dialoguedesk.ui.FormLayout;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.Paragraph;

/** Insert into section…: the section, what would change in each language, and the Markdown to be written. */
public final class ComparisonInsertView {

    private ComparisonInsertView() {
    }

    public static Node of(ComparisonInsertFormModel model, I18n i18n) {
        ComboBox<SectionRow> section = new ComboBox<>(model.sections());
        section.setId("comparison-section");
        section.setMaxWidth(Double.MAX_VALUE);
        Cells.nameItems(section, SectionRow::title, "");
        section.valueProperty().bindBidirectional(model.sectionProperty());
        Paragraph summary = new Paragraph();
        summary.setId("comparison-insert-summary");
        summary.textProperty().bind(model.summaryProperty());
        ListView<String> changes = new ListView<>(model.changes());
        changes.setId("comparison-insert-changes");
        changes.setCellFactory(Cells.named(s -> s));
        changes.setPrefSize(640, 110);
        ComboBox<Lang> previewLang = new ComboBox<>(model.previewLangs());
        previewLang.setId("comparison-insert-preview-lang");
        Cells.nameItems(previewLang, model::langLabel, "");
        previewLang.valueProperty().bindBidirectional(model.previewLangProperty());
        // the table as it will read in the section, in that language's direction
        MarkdownView preview = new MarkdownView(i18n, url -> { });
        preview.setId("comparison-insert-preview");
        preview.markdownProperty().bind(model.previewProperty());
        preview.rightToLeftProperty().bind(model.previewLangProperty().isEqualTo(Lang.AR));
        ScrollPane scroll = new ScrollPane(preview);
        scroll.setFitToWidth(true);
        scroll.setPrefSize(760, 300);
        scroll.getStyleClass().add("comparison-preview");
        return new FormLayout()
                .field(i18n.get("profile.ui.compare.insert.section"), section, model.errors().of("section"))
                .wide(summary)
                .wide(changes)
                .field(i18n.get("profile.ui.compare.insert.preview"), previewLang)
                .wide(scroll)
                .node();
    }
}
