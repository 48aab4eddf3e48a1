package org.dialoguedesk.meeting.ui;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import javafx.util.Subscription;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.meeting.ConclusionStatus;
import org.dialoguedesk.meeting.Meeting;
import org.dialoguedesk.meeting.ui.ConclusionsViewModel.NoteRow;
import org.dialoguedesk.meeting.ui.ConclusionsViewModel.SessionChoice;
import org.dialoguedesk.ui.ActionButtons;
import org.dialoguedesk.ui.Cells;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.Paragraph;

/**
 * Session notes on one side (a session and what was said: there is no field for who said it), the
 * co-chairs' conclusions in one language on the other, with their status and only the moves it allows.
 * The editors are bound to the view model, so a refused save leaves the typed text where it was.
 */
final class ConclusionsPane {

    private final ConclusionsViewModel vm;
    private final I18n i18n;
    private final SplitPane root = new SplitPane();
    private final TableView<NoteRow> notes;
    private final ComboBox<SessionChoice> session = new ComboBox<>();
    private final TextArea noteText = new TextArea();
    private final Button newNote = new Button();
    private final Button addNote = new Button();
    private final Button saveNote = new Button();
    private final ChoiceBox<Lang> language = new ChoiceBox<>();
    private final Label status = new Label();
    private final TextArea text = new TextArea();
    private final Button saveText = new Button();
    private final Button approve = new Button();
    private final Button backToDraft = new Button();
    private final Button makeFinal = new Button();
    private Subscription bindings = Subscription.EMPTY;

    ConclusionsPane(ConclusionsViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        this.notes = new TableView<>(vm.notes());
        build();
    }

    private void build() {
        root.setId("after-conclusions");
        root.setOrientation(Orientation.HORIZONTAL);
        root.getItems().setAll(notesSide(), conclusionsSide());
        root.setDividerPositions(0.5);
    }

    private Node notesSide() {
        Label heading = heading("meeting.after.notes.title");
        Paragraph rule = new Paragraph(i18n.get("meeting.after.notes.rule"));
        rule.getStyleClass().add("screen-subtitle");
        notes.setId("after-notes");
        notes.setPlaceholder(new Label(i18n.get("meeting.after.notes.empty")));
        notes.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        notes.getColumns().add(Cells.ltrColumn(i18n.get("meeting.after.col.when"), NoteRow::when, 130));
        notes.getColumns().add(Cells.ownDirectionColumn(i18n.get("meeting.after.col.session"), NoteRow::session,
                130));
        notes.getColumns().add(Cells.ownDirectionColumn(i18n.get("meeting.after.col.note"), NoteRow::text, 260));
        session.setId("note-session");
        session.setItems(vm.sessions());
        session.setMaxWidth(Double.MAX_VALUE);
        Cells.nameItems(session, SessionChoice::label, "");
        noteText.setId("note-text");
        noteText.setWrapText(true);
        noteText.setPrefRowCount(3);
        noteText.setPromptText(i18n.get("meeting.after.notes.prompt"));
        ActionButtons.setUp(newNote, "note-new", i18n.get("meeting.after.notes.new"), vm::newNote);
        ActionButtons.setUp(addNote, "note-add", i18n.get("meeting.after.notes.add"), vm::addNote);
        ActionButtons.setUp(saveNote, "note-save", i18n.get("meeting.after.notes.save"), vm::saveNote);
        HBox bar = new HBox(8, newNote, addNote, saveNote);
        bar.getStyleClass().add("toolbar");
        VBox.setVgrow(notes, Priority.ALWAYS);
        VBox side = new VBox(6, heading, rule, notes, session, noteText, bar);
        side.getStyleClass().add("after-side");
        return side;
    }

    private Node conclusionsSide() {
        Label heading = heading("meeting.after.conclusions.title");
        language.setId("conclusions-language");
        language.getItems().setAll(Lang.values());
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(Lang l) {
                return i18n.name(l);
            }

            @Override
            public Lang fromString(String s) {
                return null;
            }
        });
        status.setId("conclusions-status");
        status.getStyleClass().add("status-chip");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(8, new Label(i18n.get("meeting.after.conclusions.language")), language, gap, status);
        top.getStyleClass().add("toolbar");
        text.setId("conclusions-text");
        text.setWrapText(true);
        ActionButtons.setUp(saveText, "conclusions-save", i18n.get("meeting.after.conclusions.save"), vm::saveText);
        ActionButtons.setUp(approve, "conclusions-approve", i18n.get("meeting.after.conclusions.approve"),
                vm::approve);
        ActionButtons.setUp(backToDraft, "conclusions-back", i18n.get("meeting.after.conclusions.back"),
                vm::backToDraft);
        ActionButtons.setUp(makeFinal, "conclusions-final", i18n.get("meeting.after.conclusions.final"),
                vm::makeFinal);
        HBox bar = new HBox(8, saveText, approve, backToDraft, makeFinal);
        bar.getStyleClass().add("toolbar");
        VBox.setVgrow(text, Priority.ALWAYS);
        VBox side = new VBox(6, heading, top, text, bar);
        side.getStyleClass().add("after-side");
        return side;
    }

    private Label heading(String key) {
        Label l = new Label(i18n.get(key));
        l.getStyleClass().add("after-panel-title");
        return l;
    }

    void show(Meeting meeting) {
        vm.show(meeting);
    }

    ReadOnlyObjectProperty<MeetingNotice> noticeProperty() {
        return vm.noticeProperty();
    }

    void onShown() {
        noteText.textProperty().bindBidirectional(vm.noteTextProperty());
        text.textProperty().bindBidirectional(vm.textProperty());
        language.valueProperty().bindBidirectional(vm.languageProperty());
        session.valueProperty().bindBidirectional(vm.noteSessionProperty());
        bindings = Subscription.combine(
                notes.getSelectionModel().selectedItemProperty().subscribe(vm.selectedNoteProperty()::set),
                vm.selectedNoteProperty().subscribe(r -> {
                    if (r == null) {
                        notes.getSelectionModel().clearSelection();
                    }
                }),
                vm.statusProperty().subscribe(s -> status.setText(vm.statusText())),
                // Arabic conclusions read right to left, English and French left to right, in any window
                vm.languageProperty().subscribe(l -> text.setNodeOrientation(l == Lang.AR
                        ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT)));
        text.editableProperty().bind(vm.editableProperty());
        saveText.disableProperty().bind(vm.canSaveProperty().not());
        addNote.disableProperty().bind(vm.canAddNoteProperty().not());
        saveNote.disableProperty().bind(vm.canSaveNoteProperty().not());
        offerOnlyIfAllowed(approve, ConclusionStatus.APPROVED);
        offerOnlyIfAllowed(backToDraft, ConclusionStatus.DRAFT);
        offerOnlyIfAllowed(makeFinal, ConclusionStatus.FINAL);
    }

    private void offerOnlyIfAllowed(Button move, ConclusionStatus to) {
        move.disableProperty().bind(Bindings.createBooleanBinding(() -> !vm.mayMove(to), vm.statusProperty()));
    }

    void onHidden() {
        bindings.unsubscribe();
        bindings = Subscription.EMPTY;
        noteText.textProperty().unbindBidirectional(vm.noteTextProperty());
        text.textProperty().unbindBidirectional(vm.textProperty());
        language.valueProperty().unbindBidirectional(vm.languageProperty());
        session.valueProperty().unbindBidirectional(vm.noteSessionProperty());
        for (Button b : List.of(saveText, addNote, saveNote, approve, backToDraft, makeFinal)) {
            b.disableProperty().unbind();
        }
        text.editableProperty().unbind();
    }

    Node node() {
        return root;
    }
}
