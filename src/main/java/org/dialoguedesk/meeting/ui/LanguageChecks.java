package org.dialoguedesk.meeting.ui;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.dialoguedesk.common.Lang;

/** A set of languages as one tick box per language (a meeting's working languages, its booths). */
public final class LanguageChecks {

    private final Map<Lang, BooleanProperty> ticked = new EnumMap<>(Lang.class);

    LanguageChecks(Set<Lang> initial) {
        for (Lang lang : Lang.values()) {
            ticked.put(lang, new SimpleBooleanProperty(this, lang.code(), initial.contains(lang)));
        }
    }

    public BooleanProperty of(Lang lang) {
        return ticked.get(lang);
    }

    Set<Lang> value() {
        Set<Lang> langs = EnumSet.noneOf(Lang.class);
        ticked.forEach((lang, box) -> {
            if (box.get()) {
                langs.add(lang);
            }
        });
        return langs;
    }
}
