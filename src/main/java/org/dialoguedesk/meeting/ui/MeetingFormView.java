package org.dialoguedesk.meeting.ui;

import javafx.scene.Node;
import javafx.scene.control.TextField;
import org.dialoguedesk.meeting.MeetingStatus;
import org.dialoguedesk.meeting.MeetingType;
import org.dialoguedesk.ui.FormErrors;
import org.dialoguedesk.ui.FormLayout;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.LocalizedFields;
import org.dialoguedesk.ui.Paragraph;

/** The new-meeting and edit-meeting form; long, so it scrolls inside the dialog. */
final class MeetingFormView {

    private MeetingFormView() {
    }

    static Node of(MeetingFormModel model, I18n i18n) {
        FormErrors errors = model.errors();
        FormLayout form = new FormLayout();
        form.field(i18n.get("meeting.ui.fact.dialogue"), FormFields.choice("meeting-dialogue",
                        model.dialogueProperty(), model.dialogues(), d -> i18n.text(d.acronym()), ""),
                errors.of("dialogue"));
        form.field(i18n.get("meeting.ui.fact.type"), FormFields.choice("meeting-type", model.typeProperty(), i18n,
                MeetingType.values()), errors.of("type"));
        LocalizedFields.lines(form, i18n, i18n.get("meeting.ui.col.title"), "meeting-title", model.meetingTitle(),
                errors.of("title"));
        form.field(i18n.get("meeting.ui.fact.thematicArea"),
                FormFields.text("meeting-thematic-area", model.thematicAreaProperty()));
        form.field(i18n.get("meeting.ui.fact.host"), FormFields.country("meeting-host", model.hostProperty(),
                model.countries(), i18n), errors.of("hostCountry"));
        LocalizedFields.lines(form, i18n, i18n.get("meeting.ui.fact.city"), "meeting-city", model.city(), null);
        LocalizedFields.lines(form, i18n, i18n.get("meeting.ui.fact.venue"), "meeting-venue", model.venue(), null);
        form.field(i18n.get("meeting.edit.meeting.start"), FormFields.date("meeting-start", model.startProperty(),
                i18n), errors.of("dates"));
        form.field(i18n.get("meeting.edit.meeting.end"), FormFields.date("meeting-end", model.endProperty(), i18n),
                errors.of("endDate"));
        form.field(i18n.get("meeting.ui.fact.coChairs"), FormFields.row(
                FormFields.country("meeting-co-chair-1", model.firstCoChairProperty(), model.countries(), i18n),
                FormFields.country("meeting-co-chair-2", model.secondCoChairProperty(), model.countries(), i18n)),
                errors.of("coChairs"));
        form.field(i18n.get("meeting.ui.fact.languages"), FormFields.languages("meeting-language",
                model.workingLanguages(), i18n), errors.of("workingLanguages"));
        form.field(i18n.get("meeting.ui.fact.booths"), FormFields.languages("meeting-booth", model.booths(), i18n),
                errors.of("booths"));
        TextField capacity = FormFields.narrow("meeting-capacity", model.capacityProperty(), "", 100);
        form.field(i18n.get("meeting.ui.fact.capacity"), capacity, errors.of("capacity"));
        form.field(i18n.get("meeting.ui.fact.status"), FormFields.choice("meeting-status", model.statusProperty(),
                i18n, MeetingStatus.values()), errors.of("status"));
        Paragraph general = FormLayout.problemText(errors.of(FormErrors.GENERAL));
        general.setId("meeting-form-error");
        form.wide(general);
        return FormFields.scroll(form.node(), 580);
    }
}
