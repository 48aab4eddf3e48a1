package org.dialoguedesk.profile.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.profile.ProfileKind;
import org.dialoguedesk.profile.SectionStatus;
import org.dialoguedesk.ui.ActionButtons;
import org.dialoguedesk.ui.Cells;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.Paragraph;
import org.dialoguedesk.ui.Screen;

/**
 * Profiles on the left (filtered by kind, each with its translation completeness); the chosen
 * profile's particulars, latest version and sections on the right, with the section and profile actions,
 * and under the sections the chosen one's text and figures (with their charts) in a chosen language.
 */
public final class ProfilesView implements Screen {

    private final ProfilesViewModel vm;
    private final I18n i18n;
    private final BorderPane root = new BorderPane();
    private final ListView<ProfileRow> list = new ListView<>();
    private final ComboBox<ProfileKind> kindFilter = new ComboBox<>();
    private final ComboBox<String> dialogueFilter = new ComboBox<>();
    private final ComboBox<SectionStatus> statusFilter = new ComboBox<>();
    private final ComboBox<Lang> incompleteFilter = new ComboBox<>();
    private final Paragraph title = new Paragraph();
    private final Paragraph details = new Paragraph();
    private final Paragraph latest = new Paragraph();
    private final Paragraph notice = new Paragraph();
    private final TableView<SectionRow> table;
    private final SectionPreviewPane preview;
    private final Button changeStatus = new Button();
    private final Button editText = new Button();
    private final Button access = new Button();
    private final Button publish = new Button();
    private final Button versions = new Button();
    private final Button update = new Button();
    private final Button sources = new Button();
    private final Button compare = new Button();
    private final Button render = new Button();
    private final VBox main = new VBox(10);
    private final Label empty = new Label();
    private Subscription bindings = Subscription.EMPTY;

    public ProfilesView(ProfilesViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        this.table = ProfileTables.sections(vm, i18n);
        this.preview = new SectionPreviewPane(vm.preview(), i18n);
        build();
    }

    private void build() {
        root.getStyleClass().addAll("screen", "profiles-screen");
        List<ProfileKind> kinds = new ArrayList<>();
        kinds.add(null);
        kinds.addAll(Arrays.asList(ProfileKind.values()));
        kindFilter.getItems().setAll(kinds);
        kindFilter.setId("profile-kind-filter");
        kindFilter.setMaxWidth(Double.MAX_VALUE);
        Cells.nameItems(kindFilter, i18n::name, i18n.get("profile.ui.kind.all"));
        list.setId("profile-list");
        list.getStyleClass().addAll("side-list", "profile-list");
        list.setItems(vm.profiles());
        list.setCellFactory(l -> new ProfileListCell());
        list.setPrefWidth(240);
        list.setPlaceholder(new Label(i18n.get("profile.ui.none")));
        VBox.setVgrow(list, Priority.ALWAYS);
        filter(dialogueFilter, "profile-dialogue-filter", s -> s, "profile.ui.dialogue.all");
        dialogueFilter.getItems().add(null);
        List<SectionStatus> statuses = new ArrayList<>();
        statuses.add(null);
        statuses.addAll(Arrays.asList(SectionStatus.values()));
        statusFilter.getItems().setAll(statuses);
        filter(statusFilter, "profile-status-filter", i18n::name, "profile.ui.status.all");
        List<Lang> langs = new ArrayList<>();
        langs.add(null);
        langs.addAll(Arrays.asList(Lang.values()));
        incompleteFilter.getItems().setAll(langs);
        filter(incompleteFilter, "profile-incomplete-filter", l -> i18n.get("profile.ui.incompleteIn", i18n.name(l)),
                "profile.ui.incomplete.all");
        VBox side = new VBox(8, kindFilter, dialogueFilter, statusFilter, incompleteFilter, list);
        side.getStyleClass().add("side-column");

        title.setId("profile-title");
        title.getStyleClass().add("screen-title");
        details.setId("profile-details");
        details.getStyleClass().add("screen-subtitle");
        latest.setId("profile-latest");
        latest.getStyleClass().add("screen-subtitle");
        VBox titles = new VBox(4, title, details, latest);
        HBox.setHgrow(titles, Priority.ALWAYS);
        button(publish, "publish-profile", "profile.ui.publish", vm.actions()::onPublish);
        publish.getStyleClass().add("accent");
        button(versions, "profile-versions", "profile.ui.versions", vm.actions()::onVersions);
        button(update, "profile-update", "profile.ui.update", vm.actions()::onUpdateFromRound);
        button(sources, "profile-sources-open", "profile.ui.sources", vm.actions()::onSources);
        button(compare, "profile-compare", "profile.ui.compare", vm.actions()::onCompareCountries);
        button(render, "profile-render", "profile.ui.render", vm.actions()::onRender);
        FlowPane profileActions = new FlowPane(8, 8, publish, versions, update, sources, compare, render);
        profileActions.getStyleClass().add("toolbar");
        VBox header = new VBox(8, titles, profileActions);
        header.getStyleClass().add("screen-header");
        notice.setId("profiles-notice");
        notice.getStyleClass().addAll("notice", "notice-text");
        notice.visibleProperty().bind(notice.textProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());

        button(changeStatus, "section-change-status", "profile.ui.changeStatus", vm.actions()::onChangeStatus);
        button(editText, "section-edit-text", "profile.ui.editText", vm.actions()::onEditText);
        button(access, "section-access", "profile.ui.access", vm.actions()::onToggleAccess);
        Label sectionsTitle = new Label(i18n.get("profile.ui.sections"));
        sectionsTitle.getStyleClass().add("section-title");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox sectionBar = new HBox(8, sectionsTitle, gap, editText, changeStatus, access);
        sectionBar.getStyleClass().add("toolbar");
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox sectionsBox = new VBox(6, sectionBar, table);
        // the sections above, the chosen one's text and figures below: both keep room to be read
        sectionsBox.setMinHeight(120);
        table.setMinHeight(0);
        SplitPane split = new SplitPane(sectionsBox, preview.node());
        split.setId("profile-split");
        split.getStyleClass().add("profile-split");
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.3);
        VBox.setVgrow(split, Priority.ALWAYS);
        main.getChildren().setAll(header, notice, split);
        empty.setText(i18n.get("profile.ui.empty"));
        empty.getStyleClass().add("placeholder-text");
        VBox.setVgrow(main, Priority.ALWAYS);
        VBox center = new VBox(main, empty);
        center.getStyleClass().add("screen-main");
        root.setLeft(side);
        root.setCenter(center);
    }

    private <T> void filter(ComboBox<T> box, String id, Function<? super T, String> name,
                            String allKey) {
        box.setId(id);
        box.setMaxWidth(Double.MAX_VALUE);
        Cells.nameItems(box, name, i18n.get(allKey));
    }

    private void button(Button b, String id, String key, Runnable action) {
        ActionButtons.setUp(b, id, i18n.get(key), action);
    }

    @Override
    public String key() {
        return "profiles";
    }

    @Override
    public String title() {
        return i18n.get("ui.nav.profiles");
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void onShown() {
        bindings = Subscription.combine(
                kindFilter.valueProperty().subscribe(vm.kindFilterProperty()::set),
                dialogueFilter.valueProperty().subscribe(vm.dialogueFilterProperty()::set),
                statusFilter.valueProperty().subscribe(vm.statusFilterProperty()::set),
                incompleteFilter.valueProperty().subscribe(vm.incompleteFilterProperty()::set),
                vm.dialogues().subscribe(() -> {
                    String chosen = dialogueFilter.getValue();
                    List<String> items = new ArrayList<>();
                    items.add(null);
                    items.addAll(vm.dialogues());
                    dialogueFilter.getItems().setAll(items);
                    dialogueFilter.setValue(items.contains(chosen) ? chosen : null);
                }),
                list.getSelectionModel().selectedItemProperty().subscribe(r -> {
                    if (r != null) {
                        vm.selectedProfileProperty().set(r);
                    }
                }),
                vm.selectedProfileProperty().subscribe(this::showProfile),
                table.getSelectionModel().selectedItemProperty().subscribe(vm.selectedSectionProperty()::set),
                vm.selectedSectionProperty().subscribe(this::showSection),
                vm.detailsProperty().subscribe(details::setText),
                vm.latestProperty().subscribe(latest::setText),
                vm.noticeProperty().subscribe(notice::setText),
                preview.bind());
        changeStatus.disableProperty().bind(vm.actions().canChangeSection().not());
        editText.disableProperty().bind(vm.selectedSectionProperty().isNull());
        access.disableProperty().bind(vm.actions().canChangeSection().not());
        publish.disableProperty().bind(vm.actions().canPublish().not());
        versions.disableProperty().bind(vm.actions().canPublish().not());
        update.disableProperty().bind(vm.actions().canUpdateFromRound().not());
        sources.disableProperty().bind(vm.actions().canPublish().not());
        render.disableProperty().bind(vm.actions().canPublish().not());
        compare.visibleProperty().bind(vm.actions().canCompareCountries());
        compare.managedProperty().bind(compare.visibleProperty());
        vm.activate();
    }

    private void showProfile(ProfileRow r) {
        if (r != null && list.getSelectionModel().getSelectedItem() != r) {
            list.getSelectionModel().select(r);
        }
        title.setText(r == null ? "" : r.title());
        main.setVisible(r != null);
        main.setManaged(r != null);
        empty.setVisible(r == null);
        empty.setManaged(r == null);
    }

    private void showSection(SectionRow r) {
        if (r != null && table.getSelectionModel().getSelectedItem() != r) {
            table.getSelectionModel().select(r);
        }
    }

    @Override
    public void onHidden() {
        vm.deactivate();
        bindings.unsubscribe();
        bindings = Subscription.EMPTY;
        changeStatus.disableProperty().unbind();
        editText.disableProperty().unbind();
        access.disableProperty().unbind();
        publish.disableProperty().unbind();
        versions.disableProperty().unbind();
        update.disableProperty().unbind();
        sources.disableProperty().unbind();
        render.disableProperty().unbind();
        compare.visibleProperty().unbind();
        compare.managedProperty().unbind();
    }
}
