package org.dialoguedesk.roster.ui;

import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import org.controlsfx.control.SearchableComboBox;
import org.dialoguedesk.roster.MembershipRole;
import org.dialoguedesk.ui.Cells;
import org.dialoguedesk.ui.FormErrors;
import org.dialoguedesk.ui.FormLayout;
import org.dialoguedesk.ui.I18n;

/** The add-membership form; problems appear under the field they concern. */
public final class MembershipFormView {

    private MembershipFormView() {
    }

    public static Node of(MembershipFormModel model, I18n i18n) {
        SearchableComboBox<MemberChoice> member = new SearchableComboBox<>(model.choices());
        member.setId("membership-member");
        member.setMaxWidth(Double.MAX_VALUE);
        member.valueProperty().bindBidirectional(model.memberProperty());
        ComboBox<MembershipRole> role = new ComboBox<>(FXCollections.observableArrayList(MembershipRole.values()));
        role.setId("membership-role");
        Cells.nameItems(role, i18n::name, "");
        role.valueProperty().bindBidirectional(model.roleProperty());
        DatePicker from = new DatePicker();
        from.setConverter(i18n.dateConverter());
        from.setId("membership-from");
        from.valueProperty().bindBidirectional(model.fromProperty());
        DatePicker to = new DatePicker();
        to.setConverter(i18n.dateConverter());
        to.setId("membership-to");
        to.setPromptText(i18n.get("roster.ui.membership.to.prompt"));
        to.valueProperty().bindBidirectional(model.toProperty());
        TextField note = new TextField();
        note.setId("membership-note");
        note.textProperty().bindBidirectional(model.noteProperty());
        return new FormLayout()
                .field(i18n.get("roster.ui.membership.member"), member, model.errors().of("member"))
                .field(i18n.get("roster.ui.membership.role"), role, model.errors().of("role"))
                .field(i18n.get("roster.ui.membership.from"), from, model.errors().of("from"))
                .field(i18n.get("roster.ui.membership.to"), to, model.errors().of("to"))
                .field(i18n.get("roster.ui.membership.note"), note, model.errors().of(FormErrors.GENERAL))
                .node();
    }
}
