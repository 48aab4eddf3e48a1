package org.dialoguedesk.meeting.ui;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.meeting.Gender;
import org.dialoguedesk.meeting.ParticipantCategory;
import org.dialoguedesk.meeting.ParticipantRole;
import org.dialoguedesk.meeting.ParticipantStatus;
import org.dialoguedesk.ui.FormErrors;
import org.dialoguedesk.ui.FormLayout;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.Paragraph;

/**
 * The add-participant and edit-participant form: the person first, then the logistics in groups
 * (funding, flights, hotel, visa and passport, needs). The passport fields are open only while a
 * visa letter is needed, and say why.
 */
final class ParticipantFormView {

    private ParticipantFormView() {
    }

    static Node of(ParticipantFormModel model, I18n i18n) {
        FormErrors errors = model.errors();
        FormLayout form = new FormLayout();
        form.field(i18n.get("meeting.ui.col.name"), FormFields.latin("participant-name", model.nameProperty()),
                errors.of("name"));
        form.field(i18n.get("meeting.ui.col.nameAr"), FormFields.arabic("participant-name-ar",
                model.nameArProperty()));
        form.field(i18n.get("meeting.edit.participant.gender"), FormFields.choice("participant-gender",
                model.genderProperty(), i18n, Gender.values()), errors.of("gender"));
        form.field(i18n.get("meeting.ui.col.delegation"), FormFields.searchable("participant-delegation",
                model.delegationProperty(), model.delegations(), MeetingChoices.DelegationChoice::label, ""),
                errors.of("delegation"));
        form.field(i18n.get("meeting.ui.col.category"), FormFields.choice("participant-category",
                model.categoryProperty(), i18n, ParticipantCategory.values()), errors.of("category"));
        form.field(i18n.get("meeting.ui.col.role"), FormFields.choice("participant-role", model.roleProperty(), i18n,
                ParticipantRole.values()), errors.of("role"));
        form.field(i18n.get("meeting.ui.col.participantStatus"), FormFields.choice("participant-status",
                model.statusProperty(), i18n, ParticipantStatus.values()), errors.of("status"));
        form.field(i18n.get("meeting.edit.participant.language"), FormFields.choice("participant-language",
                model.languageProperty(), i18n, Lang.values()), errors.of("language"));
        form.field("", FormFields.check("participant-consent", i18n.get("meeting.edit.participant.consent"),
                model.consentProperty()));
        Paragraph general = FormLayout.problemText(errors.of(FormErrors.GENERAL));
        general.setId("participant-form-error");
        form.wide(general);
        logistics(form, model, i18n);
        return FormFields.scroll(form.node(), 600);
    }

    private static void logistics(FormLayout form, ParticipantFormModel model, I18n i18n) {
        LogisticsFields l = model.logistics();
        FormErrors errors = model.errors();
        form.wide(FormFields.heading(i18n.get("meeting.edit.participant.logistics")));
        form.field(i18n.get("meeting.edit.participant.funded"), FormFields.row(
                FormFields.check("participant-fund-travel", i18n.get("meeting.edit.participant.fundTravel"),
                        l.fundTravelProperty()),
                FormFields.check("participant-fund-hotel", i18n.get("meeting.edit.participant.fundHotel"),
                        l.fundHotelProperty()),
                FormFields.check("participant-fund-per-diem", i18n.get("meeting.edit.participant.fundPerDiem"),
                        l.fundPerDiemProperty())));
        flight(form, "participant-arrival", i18n.get("meeting.edit.participant.arrival"), l.arrival(), i18n,
                errors.of("arrival"));
        flight(form, "participant-departure", i18n.get("meeting.edit.participant.departure"), l.departure(), i18n,
                errors.of("departure"));
        form.wide(FormFields.heading(i18n.get("meeting.edit.participant.hotel")));
        form.field(i18n.get("meeting.edit.participant.checkIn"), FormFields.date("participant-check-in",
                l.checkInProperty(), i18n));
        form.field(i18n.get("meeting.edit.participant.checkOut"), FormFields.date("participant-check-out",
                l.checkOutProperty(), i18n), errors.of("hotel"));
        form.field(i18n.get("meeting.edit.participant.roomType"), FormFields.choice("participant-room-type",
                l.roomTypeProperty(), l.roomTypes(), t -> roomName(t, i18n), ""));
        form.field(i18n.get("meeting.edit.participant.booking"), FormFields.latin("participant-booking",
                l.bookingProperty()));
        form.wide(FormFields.heading(i18n.get("meeting.edit.participant.visaHeading")));
        form.field("", FormFields.check("participant-visa-needed", i18n.get("meeting.edit.participant.visaNeeded"),
                l.visaNeededProperty()));
        DatePicker requested = FormFields.date("participant-letter-requested", l.letterRequestedProperty(), i18n);
        DatePicker issued = FormFields.date("participant-letter-issued", l.letterIssuedProperty(), i18n);
        TextField embassy = FormFields.text("participant-embassy", l.embassyProperty());
        for (Node n : new Node[] {requested, issued, embassy}) {
            n.disableProperty().bind(l.visaNeededProperty().not());
        }
        form.field(i18n.get("meeting.edit.participant.letterRequested"), requested, errors.of("visa"));
        form.field(i18n.get("meeting.edit.participant.letterIssued"), issued);
        form.field(i18n.get("meeting.edit.participant.embassy"), embassy);
        Paragraph retention = new Paragraph(i18n.get("meeting.edit.participant.passportRule"));
        retention.setId("participant-passport-rule");
        retention.getStyleClass().add("summary");
        form.wide(retention);
        TextField number = FormFields.narrow("participant-passport-number", l.passportNumberProperty(), "", 200);
        Node nationality = FormFields.country("participant-nationality", l.nationalityProperty(), model.countries(),
                i18n);
        DatePicker expiry = FormFields.date("participant-passport-expiry", l.passportExpiryProperty(), i18n);
        DatePicker born = FormFields.date("participant-birth-date", l.birthDateProperty(), i18n);
        for (Node n : new Node[] {number, nationality, expiry, born}) {
            n.disableProperty().bind(l.passportWanted().not());
        }
        form.field(i18n.get("meeting.edit.participant.passportNumber"), number);
        form.field(i18n.get("meeting.edit.participant.nationality"), nationality);
        form.field(i18n.get("meeting.edit.participant.passportExpiry"), expiry);
        form.field(i18n.get("meeting.edit.participant.birthDate"), born);
        form.wide(FormFields.heading(i18n.get("meeting.edit.participant.needs")));
        form.field(i18n.get("meeting.edit.participant.dietary"), FormFields.text("participant-dietary",
                l.dietaryProperty()));
        form.field(i18n.get("meeting.edit.participant.accessibility"), FormFields.text("participant-accessibility",
                l.accessibilityProperty()));
    }

    /** A flight on two lines: number and airport, then day and time. */
    private static void flight(FormLayout form, String id, String label, FlightFields f, I18n i18n,
                               ObservableStringValue error) {
        TextField number = FormFields.narrow(id + "-flight", f.numberProperty(),
                i18n.get("meeting.edit.participant.flightPrompt"), 120);
        TextField airport = FormFields.latin(id + "-airport", f.airportProperty());
        airport.setPromptText(i18n.get("meeting.edit.participant.airportPrompt"));
        HBox.setHgrow(airport, Priority.ALWAYS);
        form.field(label, FormFields.row(number, airport));
        form.field("", FormFields.row(FormFields.date(id + "-day", f.dayProperty(), i18n),
                FormFields.narrow(id + "-time", f.timeProperty(), i18n.get("meeting.edit.timePrompt"), 80)), error);
    }

    private static String roomName(String type, I18n i18n) {
        return LogisticsFields.ROOM_TYPES.contains(type) ? i18n.get("meeting.docs.room." + type) : type;
    }
}
