package org.dialoguedesk.ui;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * A window of a test's own, for tests of a control. TestFX hands every test class the same stage:
 * after a control test had shown a small scene in it, the window tests that ran later could not
 * reach the rounds screen's "Export answers" button ({@code RoundAnswersWindowTest} failed whenever
 * it ran after {@code ParagraphLayoutTest}). Call on the FX thread (in {@code @Start}); close the
 * window after each test.
 */
final class OwnWindow {

    private OwnWindow() {
    }

    static Stage show(Parent root, double width, double height) {
        Stage stage = new Stage();
        stage.setScene(new Scene(root, width, height));
        stage.show();
        return stage;
    }
}
