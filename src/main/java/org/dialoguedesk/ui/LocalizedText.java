package org.dialoguedesk.ui;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.common.Localized;

/** A form's English, French and Arabic versions of one text, edited side by side. */
public final class LocalizedText {

    private final StringProperty en = new SimpleStringProperty(this, "en", "");
    private final StringProperty fr = new SimpleStringProperty(this, "fr", "");
    private final StringProperty ar = new SimpleStringProperty(this, "ar", "");

    public LocalizedText(Localized initial) {
        set(initial);
    }

    public void set(Localized value) {
        Localized v = value == null ? Localized.of("") : value;
        en.set(v.en());
        fr.set(v.fr());
        ar.set(v.ar());
    }

    public Localized value() {
        return new Localized(en.get(), fr.get(), ar.get());
    }

    public StringProperty in(Lang lang) {
        return switch (lang) {
            case EN -> en;
            case FR -> fr;
            case AR -> ar;
        };
    }
}
