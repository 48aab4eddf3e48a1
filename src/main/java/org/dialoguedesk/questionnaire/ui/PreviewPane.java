package org.dialoguedesk.questionnaire.ui;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.controlsfx.control.SegmentedButton;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.questionnaire.Template;
import org.dialoguedesk.questionnaire.TemplateVersion;
import org.dialoguedesk.ui.I18n;

/** The preview beside the outline: a language switch (English, French, Arabic) over the drawn version. */
final class PreviewPane {

    private final TemplatesViewModel vm;
    private final SegmentedButton languages = new SegmentedButton();
    private final ScrollPane scroll = new ScrollPane();
    private final VBox root;

    PreviewPane(TemplatesViewModel vm, I18n i18n) {
        this.vm = vm;
        Label title = new Label(i18n.get("questionnaire.ui.preview.title"));
        title.getStyleClass().add("section-title");
        for (Lang lang : Lang.values()) {
            ToggleButton b = new ToggleButton(i18n.name(lang));
            b.setId("preview-" + lang.code());
            b.setUserData(lang);
            b.setMinWidth(Region.USE_PREF_SIZE);
            languages.getButtons().add(b);
        }
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox top = new HBox(8, title, grow, languages);
        top.getStyleClass().add("preview-top");
        scroll.setId("preview-scroll");
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("preview-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root = new VBox(8, top, scroll);
        root.getStyleClass().add("preview-pane");
    }

    Node node() {
        return root;
    }

    /** Follows the chosen version and language; the returned subscription stops it. */
    Subscription show() {
        Subscription subscriptions = Subscription.combine(
                vm.previewLanguageProperty().subscribe(lang -> languages.getButtons().forEach(
                        b -> b.setSelected(b.getUserData() == lang))),
                languages.getToggleGroup().selectedToggleProperty().subscribe((old, now) -> {
                    if (now == null) {
                        // the switch always shows one language: pressing the chosen one keeps it
                        languages.getToggleGroup().selectToggle(old);
                    } else {
                        vm.previewLanguageProperty().set((Lang) now.getUserData());
                    }
                }),
                vm.selectedTemplateProperty().subscribe((old, now) -> redraw()),
                vm.selectedVersionProperty().subscribe((old, now) -> redraw()),
                vm.previewLanguageProperty().subscribe((old, now) -> redraw()));
        redraw();
        return subscriptions;
    }

    private void redraw() {
        Template template = vm.selectedTemplateProperty().get();
        TemplateVersion version = vm.selectedVersionProperty().get();
        Lang lang = vm.previewLanguageProperty().get();
        boolean same = template != null && version != null && version.templateId().equals(template.meta().id());
        scroll.setContent(same && lang != null ? TemplatePreview.of(template, version, lang) : null);
    }
}
