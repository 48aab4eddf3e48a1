package org.dialoguedesk.roster.ui;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.dialoguedesk.roster.Dialogue;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.Paragraph;

/**
 * What the dialogues screen says about the chosen dialogue under its title: full name, start year,
 * secretariat and status on one line, then description and thematic areas in a part the officer can
 * fold away (it stays folded or open from one dialogue to the next).
 */
final class DialogueDetailsPane {

    private final I18n i18n;
    private final Paragraph fullName = new Paragraph();
    private final Label since = new Label();
    private final Label secretariatCaption = new Label();
    // "ICMPD — <Arabic name>": a label would put the parts in the wrong order in an Arabic window
    private final Paragraph secretariat = new Paragraph();
    private final Label status = new Label();
    private final Paragraph description = new Paragraph();
    private final FlowPane areas = new FlowPane(6, 6);
    private final TitledPane about = new TitledPane();
    private final VBox node;

    DialogueDetailsPane(I18n i18n) {
        this.i18n = i18n;
        fullName.setId("dialogue-full-name");
        fullName.getStyleClass().add("dialogue-full-name");
        since.setId("dialogue-since");
        since.getStyleClass().add("screen-subtitle");
        secretariat.setId("dialogue-secretariat-name");
        secretariat.getStyleClass().add("screen-subtitle");
        secretariatCaption.getStyleClass().add("fact-key");
        secretariatCaption.setText(i18n.get("roster.ui.dialogue.secretariat"));
        secretariatCaption.setMinWidth(Region.USE_PREF_SIZE);
        since.setMinWidth(Region.USE_PREF_SIZE);
        status.setMinWidth(Region.USE_PREF_SIZE);
        status.setId("dialogue-status-chip");
        status.getStyleClass().add("status-chip");
        description.setId("dialogue-description");
        description.getStyleClass().add("dialogue-description");
        areas.setId("dialogue-thematic-areas");
        VBox content = new VBox(8, description, areas);
        content.getStyleClass().add("dialogue-about-content");
        about.setId("dialogue-about");
        about.getStyleClass().add("dialogue-about");
        about.setText(i18n.get("roster.ui.dialogue.about"));
        about.setContent(content);
        about.setAnimated(false);
        about.setMaxWidth(Double.MAX_VALUE);
        about.managedProperty().bind(about.visibleProperty());
        node = new VBox(4, fullName, new HBox(12, since, new HBox(6, secretariatCaption, secretariat), status), about);
    }

    Node node() {
        return node;
    }

    void show(Dialogue d, String secretariatName) {
        node.setVisible(d != null);
        if (d == null) {
            return;
        }
        fullName.setText(i18n.text(d.name()));
        since.setText(d.startYear() == null ? "" : i18n.get("roster.ui.dialogues.since", String.valueOf(d.startYear())));
        secretariat.setText(secretariatName);
        secretariatCaption.setVisible(!secretariatName.isEmpty());
        status.setText(i18n.name(d.status()));
        String text = i18n.text(d.description());
        description.setText(text);
        description.setVisible(!text.isEmpty());
        description.setManaged(!text.isEmpty());
        areas.getChildren().setAll(d.thematicAreas().stream().map(a -> {
            Label chip = new Label(a);
            chip.getStyleClass().add("area-chip");
            return chip;
        }).toList());
        about.setVisible(!text.isEmpty() || !d.thematicAreas().isEmpty());
    }
}
