package org.dialoguedesk.roster.ui;

import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import org.controlsfx.control.SearchableComboBox;
import org.dialoguedesk.roster.ContactRoleType;
import org.dialoguedesk.roster.Country;
import org.dialoguedesk.roster.Dialogue;
import org.dialoguedesk.ui.Cells;
import org.dialoguedesk.ui.FormErrors;
import org.dialoguedesk.ui.FormLayout;
import org.dialoguedesk.ui.I18n;

/** The add-role form. */
public final class RoleFormView {

    private RoleFormView() {
    }

    public static Node of(RoleFormModel model, I18n i18n) {
        ComboBox<Dialogue> dialogue = new ComboBox<>(model.dialogues());
        dialogue.setId("role-dialogue");
        Cells.nameItems(dialogue, d -> i18n.text(d.acronym()) + " \u2014 " + i18n.text(d.name()), "");
        dialogue.valueProperty().bindBidirectional(model.dialogueProperty());
        SearchableComboBox<Country> country = new SearchableComboBox<>(model.countries());
        country.setId("role-country");
        country.setMaxWidth(Double.MAX_VALUE);
        Cells.nameItems(country, c -> i18n.text(c.name()), "");
        country.valueProperty().bindBidirectional(model.countryProperty());
        ComboBox<ContactRoleType> type = new ComboBox<>(FXCollections.observableArrayList(ContactRoleType.values()));
        type.setId("role-type");
        Cells.nameItems(type, i18n::name, "");
        type.valueProperty().bindBidirectional(model.typeProperty());
        DatePicker from = new DatePicker();
        from.setConverter(i18n.dateConverter());
        from.setId("role-from");
        from.valueProperty().bindBidirectional(model.fromProperty());
        return new FormLayout()
                .field(i18n.get("roster.ui.role.dialogue"), dialogue, model.errors().of("dialogue"))
                .field(i18n.get("roster.ui.role.country"), country, model.errors().of("country"))
                .field(i18n.get("roster.ui.role.type"), type, model.errors().of(FormErrors.GENERAL))
                .field(i18n.get("roster.ui.role.from"), from, model.errors().of("from"))
                .node();
    }
}
