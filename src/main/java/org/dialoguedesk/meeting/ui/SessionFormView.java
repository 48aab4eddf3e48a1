package org.dialoguedesk.meeting.ui;

import javafx.scene.Node;
import javafx.scene.control.TextArea;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.meeting.SessionKind;
import org.dialoguedesk.ui.ArabicText;
import org.dialoguedesk.ui.FormErrors;
import org.dialoguedesk.ui.FormLayout;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.LocalizedFields;
import org.dialoguedesk.ui.Paragraph;

/** The add-session and edit-session form of the agenda. */
final class SessionFormView {

    private SessionFormView() {
    }

    static Node of(SessionFormModel model, I18n i18n) {
        FormErrors errors = model.errors();
        FormLayout form = new FormLayout();
        form.field(i18n.get("meeting.ui.col.day"), FormFields.choice("session-day", model.dayProperty(),
                model.days(), i18n::date, ""), errors.of("day"));
        String hhmm = i18n.get("meeting.edit.timePrompt");
        form.field(i18n.get("meeting.edit.session.start"), FormFields.narrow("session-start", model.startProperty(),
                hhmm, 90), errors.of("start"));
        form.field(i18n.get("meeting.edit.session.end"), FormFields.narrow("session-end", model.endProperty(), hhmm,
                90), errors.of("end"));
        form.field(i18n.get("meeting.ui.col.kind"), FormFields.choice("session-kind", model.kindProperty(), i18n,
                SessionKind.values()), errors.of("kind"));
        LocalizedFields.lines(form, i18n, i18n.get("meeting.ui.col.title"), "session-title", model.sessionTitle(),
                errors.of("title"));
        form.field(i18n.get("meeting.edit.session.chair"), FormFields.text("session-chair", model.chairProperty()));
        TextArea speakers = new TextArea();
        speakers.setId("session-speakers");
        speakers.setPrefRowCount(3);
        speakers.setPromptText(i18n.get("meeting.edit.session.speakersPrompt"));
        ArabicText.wrapUnlessArabic(speakers);
        speakers.textProperty().bindBidirectional(model.speakersProperty());
        form.field(i18n.get("meeting.ui.col.speakers"), speakers);
        form.field(i18n.get("meeting.edit.session.language"), FormFields.choice("session-language",
                model.languageProperty(), i18n, Lang.values()), errors.of("language"));
        form.field("", FormFields.check("session-interpreted", i18n.get("meeting.edit.session.interpreted"),
                model.interpretedProperty()));
        Paragraph general = FormLayout.problemText(errors.of(FormErrors.GENERAL));
        general.setId("session-form-error");
        form.wide(general);
        return FormFields.scroll(form.node(), 520);
    }
}
