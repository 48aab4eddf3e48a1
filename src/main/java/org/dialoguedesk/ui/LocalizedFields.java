package org.dialoguedesk.ui;

import java.util.Locale;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import org.dialoguedesk.common.Lang;

/**
 * Adds the three language versions of a text to a form: "Name (English)", "(French)", "(Arabic)".
 * The Arabic field is right to left whatever the window's direction; a problem with the text goes
 * under the English field, which is the one the rules require.
 */
public final class LocalizedFields {

    private LocalizedFields() {
    }

    /** One-line fields with ids {@code <idPrefix>-en}, {@code -fr}, {@code -ar}. */
    public static FormLayout lines(FormLayout form, I18n i18n, String label, String idPrefix, LocalizedText text,
                                   ObservableStringValue error) {
        return add(form, i18n, label, idPrefix, text, error, false);
    }

    /** Text areas (descriptions), same ids. */
    public static FormLayout areas(FormLayout form, I18n i18n, String label, String idPrefix, LocalizedText text,
                                   ObservableStringValue error) {
        return add(form, i18n, label, idPrefix, text, error, true);
    }

    private static FormLayout add(FormLayout form, I18n i18n, String label, String idPrefix, LocalizedText text,
                                  ObservableStringValue error, boolean area) {
        for (Lang lang : new Lang[] {Lang.EN, Lang.FR, Lang.AR}) {
            TextInputControl field = area ? textArea() : new javafx.scene.control.TextField();
            field.setId(idPrefix + "-" + lang.code().toLowerCase(Locale.ROOT));
            field.textProperty().bindBidirectional(text.in(lang));
            if (lang.isRightToLeft()) {
                field.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
                field.getStyleClass().add("arabic-input");
            } else {
                field.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
            }
            String caption = i18n.get("ui.form.inLanguage", label, i18n.name(lang));
            if (lang == Lang.EN && error != null) {
                form.field(caption, field, error);
            } else {
                form.field(caption, field);
            }
        }
        return form;
    }

    /** Any version may hold Arabic (a quoted name): each wraps only while it holds none. */
    private static TextArea textArea() {
        TextArea a = new TextArea();
        ArabicText.wrapUnlessArabic(a);
        a.setPrefRowCount(3);
        return a;
    }
}
