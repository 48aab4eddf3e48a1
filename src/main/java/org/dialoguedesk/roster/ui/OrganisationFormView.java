package org.dialoguedesk.roster.ui;

import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import org.controlsfx.control.SearchableComboBox;
import org.dialoguedesk.roster.Country;
import org.dialoguedesk.roster.OrganisationType;
import org.dialoguedesk.ui.Cells;
import org.dialoguedesk.ui.FormErrors;
import org.dialoguedesk.ui.FormLayout;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.LocalizedFields;
import org.dialoguedesk.ui.Paragraph;

/** The organisation form; problems appear under the field they concern. */
public final class OrganisationFormView {

    private OrganisationFormView() {
    }

    public static Node of(OrganisationFormModel model, I18n i18n) {
        TextField acronym = new TextField();
        acronym.setId("organisation-acronym");
        acronym.setMaxWidth(200);
        acronym.textProperty().bindBidirectional(model.acronymProperty());
        ComboBox<OrganisationType> type = new ComboBox<>(
                FXCollections.observableArrayList(OrganisationType.values()));
        type.setId("organisation-type");
        Cells.nameItems(type, i18n::name, "");
        type.valueProperty().bindBidirectional(model.typeProperty());
        SearchableComboBox<Country> country = new SearchableComboBox<>(model.countries());
        country.setId("organisation-country");
        country.setMaxWidth(Double.MAX_VALUE);
        Cells.nameItems(country, c -> i18n.text(c.name()), "");
        country.valueProperty().bindBidirectional(model.countryProperty());
        country.promptTextProperty().bind(javafx.beans.binding.Bindings.when(model.countryRequired())
                .then(i18n.get("roster.ui.organisation.country.required"))
                .otherwise(i18n.get("roster.ui.organisation.country.optional")));
        TextField key = new TextField();
        key.setId("organisation-key");
        key.setMaxWidth(200);
        key.setPromptText(i18n.get("roster.ui.organisation.key.prompt"));
        key.textProperty().bindBidirectional(model.keyProperty());
        Paragraph general = FormLayout.problemText(model.errors().of(FormErrors.GENERAL));
        general.setId("organisation-form-error");

        FormLayout form = new FormLayout()
                .field(i18n.get("roster.ui.organisation.acronym"), acronym);
        LocalizedFields.lines(form, i18n, i18n.get("roster.ui.organisation.name"), "organisation-name",
                model.name(), model.errors().of("name"));
        return form
                .field(i18n.get("roster.ui.organisation.type"), type, model.errors().of("type"))
                .field(i18n.get("roster.ui.organisation.country"), country, model.errors().of("country"))
                .field(i18n.get("roster.ui.organisation.key"), key, model.errors().of("key"))
                .wide(general)
                .node();
    }
}
