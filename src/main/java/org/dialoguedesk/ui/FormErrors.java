package org.dialoguedesk.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.dialoguedesk.common.Problem;
import org.dialoguedesk.common.ValidationException;

/**
 * The inline problems of a form, one text per field (from {@link Problem#field()}). Problems whose
 * field the form does not show go under the form's "general" line.
 */
public final class FormErrors {

    public static final String GENERAL = "general";

    private final I18n i18n;
    private final Map<String, ReadOnlyStringWrapper> byField = new LinkedHashMap<>();

    public FormErrors(I18n i18n, String... fields) {
        this.i18n = i18n;
        for (String f : fields) {
            byField.put(f, new ReadOnlyStringWrapper(this, f, ""));
        }
        byField.put(GENERAL, new ReadOnlyStringWrapper(this, GENERAL, ""));
    }

    public ReadOnlyStringProperty of(String field) {
        ReadOnlyStringWrapper w = byField.get(field);
        if (w == null) {
            throw new IllegalArgumentException("No such field in this form: " + field);
        }
        return w.getReadOnlyProperty();
    }

    public void show(List<Problem> problems) {
        clear();
        for (Problem p : problems) {
            ReadOnlyStringWrapper w = byField.getOrDefault(p.field(), byField.get(GENERAL));
            String text = i18n.format(p);
            w.set(w.get().isEmpty() ? text : w.get() + "\n" + text);
        }
    }

    /** Why a save failed: a refusal's problems under their fields, anything else on the general line. */
    public void showFailure(Throwable error) {
        if (error instanceof ValidationException v) {
            show(v.problems());
        } else {
            showGeneral(i18n.describe(error));
        }
    }

    public void showGeneral(String message) {
        clear();
        byField.get(GENERAL).set(message);
    }

    public void clear() {
        byField.values().forEach(w -> w.set(""));
    }

    public boolean isEmpty() {
        return byField.values().stream().allMatch(w -> w.get().isEmpty());
    }
}
