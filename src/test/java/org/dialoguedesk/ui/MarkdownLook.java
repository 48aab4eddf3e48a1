package org.dialoguedesk.ui;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.dialoguedesk.common.Lang;

/**
 * Not a test: a developer's tool that shows the Markdown editor on a sample English and a sample
 * Arabic profile section (real fonts and shaping, under Xvfb), writes a PNG of each, and times
 * the rendering of a long document.
 * Run: {@code DISPLAY=:83 java -cp <test-classes:classes:deps> org.dialoguedesk.ui.MarkdownLook OUT_DIR}.
 */
public final class MarkdownLook {

    private MarkdownLook() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/look-md");
        Files.createDirectories(out);
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get();
        Platform.setImplicitExit(false);
        String english = sample("markdown-sample-en.md");
        String arabic = sample("markdown-sample-ar.md");
        shoot(out, "markdown-en", Lang.EN, english, false, 1240);
        shoot(out, "markdown-ar", Lang.AR, arabic, true, 1240);
        shoot(out, "markdown-ar-in-english-window", Lang.EN, arabic, true, 1240);
        // a narrow window: table cells wrap, nothing is cut off
        shoot(out, "markdown-en-narrow", Lang.EN, english, false, 700);
        shoot(out, "markdown-ar-narrow", Lang.AR, arabic, true, 700);
        time(english, arabic, 16_000);
        time(english, arabic, 1_600);
        Platform.exit();
        System.exit(0);
    }

    private static void shoot(Path out, String name, Lang lang, String text, boolean rtl, double width)
            throws Exception {
        Stage stage = fx(() -> {
            Theme.install();
            I18n i18n = new I18n(lang);
            MarkdownEditor editor = new MarkdownEditor(i18n, url -> System.out.println("open " + url));
            editor.setText(text);
            editor.setRightToLeft(rtl);
            editor.renderNow();
            Scene scene = new Scene(editor, width, 780);
            scene.getRoot().setNodeOrientation(i18n.orientation());
            Stage s = new Stage();
            s.setScene(scene);
            s.show();
            return s;
        });
        awaitPulses(30);
        write(out, name, fx(() -> stage.getScene().snapshot(null)));
        fx(() -> {
            stage.close();
            return null;
        });
    }

    /** The samples repeated to that many words: 16,000 is a 40-page profile, 1,600 a long section. */
    private static void time(String english, String arabic, int words) throws Exception {
        StringBuilder doc = new StringBuilder();
        while (doc.toString().split("\\s+").length < words) {
            doc.append(english).append("\n\n").append(arabic).append("\n\n");
        }
        String text = doc.toString();
        for (int run = 0; run < 3; run++) {
            long[] ms = fx(() -> {
                MarkdownView view = new MarkdownView(new I18n(Lang.EN), url -> { });
                Stage s = new Stage();
                s.setScene(new Scene(new javafx.scene.control.ScrollPane(view), 800, 600));
                ((javafx.scene.control.ScrollPane) s.getScene().getRoot()).setFitToWidth(true);
                s.show();
                long t0 = System.nanoTime();
                view.setMarkdown(text);
                long t1 = System.nanoTime();
                view.applyCss();
                long t2 = System.nanoTime();
                s.getScene().getRoot().layout();
                long t3 = System.nanoTime();
                // one word typed in the middle of the document
                int middle = text.indexOf("Detection", text.length() / 2);
                view.setMarkdown(text.substring(0, middle) + "Early " + text.substring(middle));
                view.applyCss();
                s.getScene().getRoot().layout();
                long t4 = System.nanoTime();
                s.close();
                return new long[] {(t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000,
                    (t4 - t3) / 1_000_000};
            });
            System.out.printf("document: %d words, %d characters: nodes built in %d ms, css %d ms, layout %d ms;"
                    + " after typing a word: %d ms%n", text.split("\\s+").length, text.length(), ms[0], ms[1], ms[2], ms[3]);
        }
    }

    private static String sample(String name) throws IOException {
        try (InputStream in = MarkdownLook.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static <T> T fx(Supplier<T> work) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(work.get());
            } catch (RuntimeException e) {
                f.completeExceptionally(e);
            }
        });
        return f.get(60, TimeUnit.SECONDS);
    }

    private static void awaitPulses(int count) throws InterruptedException {
        CountDownLatch pulses = new CountDownLatch(count);
        AnimationTimer timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                pulses.countDown();
            }
        };
        Platform.runLater(timer::start);
        boolean done = pulses.await(10, TimeUnit.SECONDS);
        Platform.runLater(timer::stop);
        if (!done) {
            throw new IllegalStateException("the FX toolkit stopped pulsing");
        }
    }

    private static void write(Path out, String name, WritableImage image) throws IOException {
        File f = out.resolve(name + ".png").toFile();
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", f);
        System.out.println("wrote " + f);
    }
}
