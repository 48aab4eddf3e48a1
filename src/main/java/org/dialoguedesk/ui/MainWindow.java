package org.dialoguedesk.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The shell: navigation between the screens that exist, the current screen, and a status bar with
 * the officer's name and the progress of background jobs. Built once per language; its root carries
 * the language's layout direction, so Arabic mirrors the whole window.
 */
public final class MainWindow {

    private final I18n i18n;
    private final BorderPane root = new BorderPane();
    private final VBox navigation = new VBox();
    private final StackPane content = new StackPane();
    private final ToggleGroup navGroup = new ToggleGroup();
    private final List<Screen> screens = new ArrayList<>();
    private Screen current;

    public MainWindow(I18n i18n, JobRunner jobs, ObservableStringValue officerName, Runnable onSettings) {
        this.i18n = i18n;
        root.getStyleClass().add("main-window");
        root.setId("main-window");
        root.setNodeOrientation(i18n.orientation());

        Label appName = new Label(i18n.get("ui.app.name"));
        appName.getStyleClass().add("app-name");
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        Button settings = new Button(i18n.get("ui.nav.settings"));
        settings.setId("open-settings");
        settings.getStyleClass().add("nav-settings");
        settings.setMaxWidth(Double.MAX_VALUE);
        settings.setOnAction(e -> onSettings.run());
        navigation.getStyleClass().add("navigation");
        navigation.getChildren().setAll(appName, spacer, settings);

        content.getStyleClass().add("content");
        root.setLeft(navigation);
        root.setCenter(content);
        root.setBottom(statusBar(jobs, officerName));
        // a navigation button pressed twice stays selected: there is always a current screen
        navGroup.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null && old != null) {
                navGroup.selectToggle(old);
            }
        });
    }

    private HBox statusBar(JobRunner jobs, ObservableStringValue officerName) {
        Label caption = new Label(i18n.get("ui.status.officer"));
        Label officer = new Label();
        officer.setId("officer-name");
        officer.getStyleClass().add("officer-name");
        officer.textProperty().bind(officerName);
        Label job = new Label();
        job.setId("job-status");
        job.textProperty().bind(jobs.currentJobProperty());
        ProgressBar progress = new ProgressBar(ProgressIndicator.INDETERMINATE_PROGRESS);
        progress.setId("job-progress");
        progress.visibleProperty().bind(jobs.activeJobsProperty().greaterThan(0));
        progress.managedProperty().bind(progress.visibleProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(6, caption, officer, spacer, job, progress);
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    /** While the desk is being opened: a progress state, no navigation yet. */
    public void showOpening() {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setId("opening-progress");
        Label text = new Label(i18n.get("ui.opening"));
        text.getStyleClass().add("opening-text");
        VBox box = new VBox(16, spinner, text);
        box.getStyleClass().add("opening");
        content.getChildren().setAll(box);
        navigation.setDisable(true);
    }

    /** Puts the screens in the navigation and shows the first one. */
    public void showScreens(List<Screen> all) {
        hideCurrent();
        screens.clear();
        screens.addAll(all);
        List<ToggleButton> buttons = new ArrayList<>();
        for (Screen s : all) {
            ToggleButton b = new ToggleButton(s.title());
            b.setId("nav-" + s.key());
            b.getStyleClass().add("nav-button");
            b.setMaxWidth(Double.MAX_VALUE);
            b.setToggleGroup(navGroup);
            b.setOnAction(e -> show(s));
            buttons.add(b);
        }
        navigation.getChildren().remove(1, navigation.getChildren().size() - 2);
        navigation.getChildren().addAll(1, buttons);
        navigation.setDisable(false);
        if (!all.isEmpty()) {
            select(all.get(0).key());
        }
    }

    /** Shows the screen with that key, as if its navigation button was pressed. */
    public void select(String key) {
        screens.stream().filter(s -> s.key().equals(key)).findFirst().ifPresent(s -> {
            navGroup.getToggles().stream().filter(t -> ("nav-" + key).equals(((ToggleButton) t).getId()))
                    .findFirst().ifPresent(navGroup::selectToggle);
            show(s);
        });
    }

    public Optional<Screen> current() {
        return Optional.ofNullable(current);
    }

    private void show(Screen s) {
        if (s == current) {
            return;
        }
        hideCurrent();
        current = s;
        content.getChildren().setAll(s.root());
        s.onShown();
    }

    /** Leaves the current screen (its listeners go); call before the window is rebuilt or closed. */
    public void hideCurrent() {
        if (current != null) {
            current.onHidden();
            current = null;
        }
    }

    public Parent root() {
        return root;
    }
}
