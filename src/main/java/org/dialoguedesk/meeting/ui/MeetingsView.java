package org.dialoguedesk.meeting.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import javafx.util.Subscription;
import org.dialoguedesk.meeting.ParticipantStatus;
import org.dialoguedesk.meeting.ui.MeetingRows.ChecklistRow;
import org.dialoguedesk.meeting.ui.MeetingRows.Fact;
import org.dialoguedesk.meeting.ui.MeetingRows.MeetingRow;
import org.dialoguedesk.meeting.ui.MeetingRows.ParticipantRow;
import org.dialoguedesk.meeting.ui.MeetingRows.SessionRow;
import org.dialoguedesk.ui.ActionButtons;
import org.dialoguedesk.ui.Cells;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.Paragraph;
import org.dialoguedesk.ui.Screen;

/**
 * The meetings above; below, the chosen meeting in five tabs: its facts, its agenda, its
 * participants (with a status filter, the attendance count and a status change), its checklist
 * (overdue items marked) and what comes after it ({@link AfterMeetingPane}). A refusal or warning shows in a notice above the tabs.
 */
public final class MeetingsView implements Screen {

    private final MeetingsViewModel vm;
    private final I18n i18n;
    private final BorderPane root = new BorderPane();
    private final TableView<MeetingRow> list;
    private final TableView<SessionRow> agenda;
    private final TableView<ParticipantRow> participants;
    private final TableView<ChecklistRow> checklist;
    private final GridPane overview = new GridPane();
    private final ComboBox<ParticipantStatus> statusFilter = new ComboBox<>();
    private final ChoiceBox<ParticipantStatus> newStatus = new ChoiceBox<>();
    private final Button setStatus = new Button();
    private final Button invite = new Button();
    private final Button addUsual = new Button();
    private final Button markDone = new Button();
    private final Label count = new Label();
    private final Paragraph notice = new Paragraph();
    private final AfterMeetingPane after;
    private Subscription bindings = Subscription.EMPTY;

    public MeetingsView(MeetingsViewModel vm, AfterMeetingPane after, I18n i18n) {
        this.vm = vm;
        this.after = after;
        this.i18n = i18n;
        this.list = MeetingTables.meetings(vm.meetings(), i18n);
        this.agenda = MeetingTables.sessions(vm.sessions(), i18n);
        this.participants = MeetingTables.participants(vm.participants(), i18n);
        this.checklist = MeetingTables.checklist(vm.checklist(), i18n);
        build();
    }

    private void build() {
        root.getStyleClass().addAll("screen", "meetings-screen");
        Label title = new Label(i18n.get("meeting.ui.title"));
        title.getStyleClass().add("screen-title");
        notice.setId("meetings-notice");
        notice.getStyleClass().addAll("notice", "notice-text");
        notice.visibleProperty().bind(notice.textProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());

        overview.setId("meeting-overview");
        overview.getStyleClass().add("meeting-overview");
        ScrollPane overviewScroll = new ScrollPane(overview);
        overviewScroll.setFitToWidth(true);

        TabPane tabs = new TabPane(
                tab("meeting-tab-overview", "meeting.ui.tab.overview", overviewScroll),
                tab("meeting-tab-agenda", "meeting.ui.tab.agenda", MeetingToolbars.agenda(vm, i18n, agenda, list)),
                tab("meeting-tab-participants", "meeting.ui.tab.participants", participantsPane()),
                tab("meeting-tab-checklist", "meeting.ui.tab.checklist", checklistPane()),
                tab("meeting-tab-after", "meeting.ui.tab.after", after.node()));
        tabs.setId("meeting-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox details = new VBox(8, notice, tabs);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        list.setMinHeight(100);
        SplitPane split = new SplitPane(MeetingToolbars.meetings(vm, i18n, list), details);
        split.setId("meeting-split");
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.28);
        VBox center = new VBox(10, title, split);
        VBox.setVgrow(split, Priority.ALWAYS);
        center.getStyleClass().add("screen-main");
        root.setCenter(center);
    }

    private Tab tab(String id, String key, Node content) {
        Tab t = new Tab(i18n.get(key), content);
        t.setId(id);
        return t;
    }

    private Node participantsPane() {
        List<ParticipantStatus> statuses = new ArrayList<>();
        statuses.add(null);
        statuses.addAll(Arrays.asList(ParticipantStatus.values()));
        statusFilter.getItems().setAll(statuses);
        statusFilter.setId("participant-status-filter");
        Cells.nameItems(statusFilter, i18n::name, i18n.get("meeting.ui.status.all"));
        count.setId("participant-count");
        count.getStyleClass().add("meeting-count");
        newStatus.setId("participant-new-status");
        newStatus.getItems().setAll(ParticipantStatus.values());
        newStatus.setConverter(new StringConverter<>() {
            @Override
            public String toString(ParticipantStatus s) {
                return i18n.name(s);
            }

            @Override
            public ParticipantStatus fromString(String text) {
                return null;
            }
        });
        ActionButtons.setUp(setStatus, "participant-set-status", i18n.get("meeting.ui.setStatus"),
                () -> vm.changeStatus(participants.getSelectionModel().getSelectedItem(), newStatus.getValue()));
        ActionButtons.setUp(invite, "participant-invite", i18n.get("meeting.ui.invite.button"), vm::inviteFromRoster);
        Label statusLabel = new Label(i18n.get("meeting.ui.newStatus"));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, statusFilter, count);
        bar.getChildren().addAll(MeetingToolbars.participants(vm, i18n, participants, list));
        bar.getChildren().addAll(invite, gap, statusLabel, newStatus, setStatus);
        bar.getStyleClass().add("toolbar");
        VBox.setVgrow(participants, Priority.ALWAYS);
        return new VBox(6, bar, participants);
    }

    private Node checklistPane() {
        ActionButtons.setUp(addUsual, "checklist-add-usual", i18n.get("meeting.ui.checklist.addUsual"),
                vm::completeChecklist);
        ActionButtons.setUp(markDone, "checklist-mark-done", i18n.get("meeting.ui.checklist.markDone"),
                () -> vm.markDone(checklist.getSelectionModel().getSelectedItem()));
        HBox bar = new HBox(8, addUsual, markDone);
        bar.getStyleClass().add("toolbar");
        VBox.setVgrow(checklist, Priority.ALWAYS);
        return new VBox(6, bar, checklist);
    }

    private void showFacts(List<Fact> facts) {
        overview.getChildren().clear();
        for (int i = 0; i < facts.size(); i++) {
            Label label = new Label(facts.get(i).label());
            label.getStyleClass().add("fact-label");
            Paragraph value = new Paragraph(facts.get(i).value());
            value.getStyleClass().add("fact-value");
            overview.addRow(i, label, value);
        }
    }

    @Override
    public String key() {
        return "meetings";
    }

    @Override
    public String title() {
        return i18n.get("ui.nav.meetings");
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void onShown() {
        bindings = Subscription.combine(
                list.getSelectionModel().selectedItemProperty().subscribe(r -> {
                    if (r != null) {
                        vm.selectedProperty().set(r);
                    }
                }),
                vm.selectedProperty().subscribe(r -> {
                    if (r != null && list.getSelectionModel().getSelectedItem() != r) {
                        list.getSelectionModel().select(r);
                    }
                }),
                statusFilter.valueProperty().subscribe(vm.statusFilterProperty()::set),
                participants.getSelectionModel().selectedItemProperty().subscribe(r -> {
                    if (r != null) {
                        newStatus.setValue(r.participant().status());
                    }
                }),
                vm.facts().subscribe(() -> showFacts(List.copyOf(vm.facts()))),
                vm.countProperty().subscribe(count::setText),
                vm.noticeProperty().subscribe(notice::setText),
                // the details are read again after every change: the statistics count the new statuses
                vm.facts().subscribe(() -> after.show(vm.selectedProperty().get() == null ? null
                        : vm.selectedProperty().get().meeting())));
        after.onShown();
        setStatus.disableProperty().bind(participants.getSelectionModel().selectedItemProperty().isNull()
                .or(newStatus.valueProperty().isNull()));
        markDone.disableProperty().bind(checklist.getSelectionModel().selectedItemProperty().isNull());
        addUsual.disableProperty().bind(vm.selectedProperty().isNull());
        invite.disableProperty().bind(vm.selectedProperty().isNull());
        vm.activate();
    }

    @Override
    public void onHidden() {
        after.onHidden();
        vm.deactivate();
        bindings.unsubscribe();
        bindings = Subscription.EMPTY;
        setStatus.disableProperty().unbind();
        markDone.disableProperty().unbind();
        addUsual.disableProperty().unbind();
        invite.disableProperty().unbind();
    }
}
