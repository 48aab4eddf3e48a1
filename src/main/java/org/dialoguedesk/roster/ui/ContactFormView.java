package org.dialoguedesk.roster.ui;

import javafx.beans.binding.Bindings;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SearchableComboBox;
import org.dialoguedesk.roster.ConsentBasis;
import org.dialoguedesk.roster.Country;
import org.dialoguedesk.roster.DuplicateCandidate;
import org.dialoguedesk.roster.Organisation;
import org.dialoguedesk.ui.ArabicText;
import org.dialoguedesk.ui.Cells;
import org.dialoguedesk.ui.FormErrors;
import org.dialoguedesk.ui.FormLayout;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.Paragraph;

/** The contact form, with problems under their fields and the duplicate warning above the buttons. */
public final class ContactFormView {

    private ContactFormView() {
    }

    public static Node of(ContactFormModel model, I18n i18n) {
        TextField name = text("contact-name", model.nameProperty().get());
        name.textProperty().bindBidirectional(model.nameProperty());
        TextField nameAr = text("contact-name-ar", null);
        nameAr.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
        nameAr.textProperty().bindBidirectional(model.nameArProperty());
        TextField title = text("contact-title", null);
        title.setPrefColumnCount(8);
        title.setMaxWidth(140);
        title.textProperty().bindBidirectional(model.titleProperty());
        TextField position = text("contact-position", null);
        position.textProperty().bindBidirectional(model.positionProperty());
        SearchableComboBox<Organisation> organisation = new SearchableComboBox<>(model.organisations());
        organisation.setId("contact-organisation");
        organisation.setMaxWidth(Double.MAX_VALUE);
        Cells.nameItems(organisation, o -> o.label(i18n.lang()), "");
        organisation.valueProperty().bindBidirectional(model.organisationProperty());
        SearchableComboBox<Country> country = new SearchableComboBox<>(model.countries());
        country.setId("contact-country");
        country.setMaxWidth(Double.MAX_VALUE);
        Cells.nameItems(country, c -> i18n.text(c.name()), "");
        country.valueProperty().bindBidirectional(model.countryProperty());
        TextField emails = text("contact-emails", null);
        emails.setPromptText(i18n.get("roster.ui.contact.emails.prompt"));
        emails.textProperty().bindBidirectional(model.emailsProperty());
        TextField phones = text("contact-phones", null);
        phones.setPromptText(i18n.get("roster.ui.contact.phones.prompt"));
        phones.textProperty().bindBidirectional(model.phonesProperty());
        // emails and phone numbers are Latin-script identifiers: typed and read left to right,
        // also in the Arabic window ("+233 30 000 1301" would otherwise show as "1301 000 30 233+")
        emails.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
        phones.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
        CheckBox ar = check("contact-speaks-ar", i18n.get("enum.Lang.AR"));
        ar.selectedProperty().bindBidirectional(model.speaksArProperty());
        CheckBox en = check("contact-speaks-en", i18n.get("enum.Lang.EN"));
        en.selectedProperty().bindBidirectional(model.speaksEnProperty());
        CheckBox fr = check("contact-speaks-fr", i18n.get("enum.Lang.FR"));
        fr.selectedProperty().bindBidirectional(model.speaksFrProperty());
        HBox languages = new HBox(14, ar, en, fr);
        languages.setId("contact-languages");
        TextArea notes = new TextArea();
        notes.setId("contact-notes");
        notes.setPrefRowCount(3);
        ArabicText.wrapUnlessArabic(notes);
        notes.textProperty().bindBidirectional(model.notesProperty());

        ComboBox<ConsentBasis> consentBasis = new ComboBox<>(model.consentBases());
        consentBasis.setId("contact-consent-basis");
        Cells.nameItems(consentBasis, i18n::name, i18n.get("roster.ui.contact.consent.none"));
        consentBasis.valueProperty().bindBidirectional(model.consentBasisProperty());
        DatePicker consentDate = new DatePicker();
        consentDate.setConverter(i18n.dateConverter());
        consentDate.setId("contact-consent-date");
        consentDate.valueProperty().bindBidirectional(model.consentDateProperty());
        TextField consentSource = text("contact-consent-source", null);
        consentSource.setPromptText(i18n.get("roster.ui.contact.consent.source.prompt"));
        consentSource.textProperty().bindBidirectional(model.consentSourceProperty());
        CheckBox publication = check("contact-publication-consent", i18n.get("roster.ui.contact.publicationConsent"));
        publication.selectedProperty().bindBidirectional(model.publicationConsentProperty());

        FormErrors errors = model.errors();
        Paragraph general = FormLayout.problemText(errors.of(FormErrors.GENERAL));
        general.setId("contact-form-error");
        return new FormLayout()
                .field(i18n.get("roster.ui.contact.name"), name, errors.of("name"))
                .field(i18n.get("roster.ui.contact.nameAr"), nameAr, errors.of("nameAr"))
                .field(i18n.get("roster.ui.contact.title"), title)
                .field(i18n.get("roster.ui.contact.position"), position)
                .field(i18n.get("roster.ui.contact.organisation"), organisation, errors.of("organisation"))
                .field(i18n.get("roster.ui.contact.country"), country, errors.of("country"))
                .field(i18n.get("roster.ui.contact.emails"), emails, errors.of("emails"))
                .field(i18n.get("roster.ui.contact.phones"), phones, errors.of("phones"))
                .field(i18n.get("roster.ui.contact.languages"), languages)
                .field(i18n.get("roster.ui.contact.notes"), notes)
                .field(i18n.get("roster.ui.contact.consent.basis"), consentBasis)
                .field(i18n.get("roster.ui.contact.consent.date"), consentDate, errors.of("consent"))
                .field(i18n.get("roster.ui.contact.consent.source"), consentSource)
                .field(i18n.get("roster.ui.contact.publication"), publication)
                .wide(general)
                .wide(duplicateWarning(model, i18n))
                .node();
    }

    private static Node duplicateWarning(ContactFormModel model, I18n i18n) {
        Paragraph heading = new Paragraph(i18n.get("roster.ui.contact.duplicate.heading"));
        heading.getStyleClass().add("warning-title");
        ListView<DuplicateCandidate> list = new ListView<>(model.duplicates());
        list.setId("duplicate-list");
        list.setCellFactory(Cells.named(model::describe));
        list.setPrefHeight(84);
        list.getSelectionModel().selectedItemProperty().subscribe(c -> {
            if (c != null) {
                model.chosenDuplicateProperty().set(c);
            }
        });
        model.chosenDuplicateProperty().subscribe(c -> list.getSelectionModel().select(c));
        Button saveAnyway = new Button(i18n.get("roster.ui.contact.duplicate.saveAnyway"));
        saveAnyway.setId("save-anyway");
        saveAnyway.setOnAction(e -> model.onSaveAnyway());
        Button open = new Button(i18n.get("roster.ui.contact.duplicate.open"));
        open.setId("open-existing");
        open.setOnAction(e -> model.onOpenExisting());
        Button merge = new Button(i18n.get("roster.ui.contact.duplicate.merge"));
        merge.setId("merge-duplicate");
        merge.setOnAction(e -> model.onMerge());
        HBox buttons = new HBox(8, saveAnyway, open, merge);
        VBox box = new VBox(8, heading, list, buttons);
        box.setId("duplicate-warning");
        box.getStyleClass().add("warning-panel");
        box.visibleProperty().bind(Bindings.isNotEmpty(model.duplicates()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private static TextField text(String id, String initial) {
        TextField f = new TextField(initial);
        f.setId(id);
        return f;
    }

    private static CheckBox check(String id, String label) {
        CheckBox c = new CheckBox(label);
        c.setId(id);
        return c;
    }
}
