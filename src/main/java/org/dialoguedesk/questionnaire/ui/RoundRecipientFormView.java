package org.dialoguedesk.questionnaire.ui;

import javafx.scene.Node;
import org.controlsfx.control.SearchableComboBox;
import org.dialoguedesk.roster.Country;
import org.dialoguedesk.ui.Cells;
import org.dialoguedesk.ui.FormErrors;
import org.dialoguedesk.ui.FormLayout;
import org.dialoguedesk.ui.I18n;

/** The add-a-country form. */
public final class RoundRecipientFormView {

    private RoundRecipientFormView() {
    }

    public static Node of(RoundRecipientFormModel model, I18n i18n) {
        SearchableComboBox<Country> country = new SearchableComboBox<>(model.countries());
        country.setId("recipient-country");
        country.setMaxWidth(Double.MAX_VALUE);
        Cells.nameItems(country, c -> i18n.text(c.name()), i18n.get("questionnaire.rounds.recipient.country.choose"));
        country.valueProperty().bindBidirectional(model.countryProperty());
        return new FormLayout()
                .field(i18n.get("questionnaire.rounds.recipient.country"), country, model.errors().of("country"))
                .wide(FormLayout.problemText(model.errors().of(FormErrors.GENERAL)))
                .node();
    }
}
