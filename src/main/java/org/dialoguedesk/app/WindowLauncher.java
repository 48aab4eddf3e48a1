package org.dialoguedesk.app;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import org.dialoguedesk.ui.FxDialogService;
import org.dialoguedesk.ui.FxJobRunner;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.Theme;

/**
 * Starts JavaFX without an {@code Application} subclass (so the desk is passed by constructor, not
 * through a static), shows the window, and waits until it is closed. The desk is opened, used and
 * closed on the job runner's store thread only.
 */
final class WindowLauncher {

    private WindowLauncher() {
    }

    /** Returns the exit code: {@link Main#OK}, or {@link Main#BAD_INPUT} when the desk could not be opened. */
    static int launch(Supplier<Desk> openDesk) {
        CountDownLatch closed = new CountDownLatch(1);
        AtomicInteger exitCode = new AtomicInteger(Main.OK);
        AtomicReference<DeskWindow> window = new AtomicReference<>();
        Platform.setImplicitExit(false);
        Platform.startup(() -> {
            Theme.install();
            FxJobRunner jobs = new FxJobRunner(e -> window.get().showError(e));
            Stage stage = new Stage();
            DeskWindow w = new DeskWindow(stage, jobs, DeskWindow.systemLanguage());
            window.set(w);
            Runnable exit = () -> {
                Platform.exit();
                closed.countDown();
            };
            stage.setOnCloseRequest(e -> {
                w.leave();
                stage.hide();
                jobs.shutdown(() -> w.desk().ifPresent(Desk::close));
                exit.run();
            });
            w.open(openDesk, e -> {
                I18n i18n = w.i18n();
                stage.hide();
                Alert alert = new Alert(Alert.AlertType.ERROR, i18n.describe(e),
                        new ButtonType(i18n.get("ui.dialog.ok"), ButtonType.OK.getButtonData()));
                alert.setGraphic(FxDialogService.icon("error"));
                alert.setTitle(i18n.get("ui.opening.failed"));
                alert.setHeaderText(i18n.get("ui.opening.failed"));
                alert.showAndWait();
                jobs.close();
                exitCode.set(Main.BAD_INPUT);
                exit.run();
            });
        });
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return exitCode.get();
    }
}
