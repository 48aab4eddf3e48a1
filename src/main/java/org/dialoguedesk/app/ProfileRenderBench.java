package org.dialoguedesk.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.dialoguedesk.common.DeskException;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.profile.ProfileBatch;
import org.dialoguedesk.profile.ProfileRenderer.Format;

/**
 * {@code profile-render}: the sample Moroccan country profile (English) rendered to PDF, then to Word, in a
 * warm process (a few renders of each first), each the median of several runs (target: under 0.5 s each). When LibreOffice is found,
 * the time it takes to turn our .docx of the same profile into a PDF, and how many times our own PDF
 * that is; without it, a line saying it was skipped.
 */
final class ProfileRenderBench implements BenchCommand.Report {

    static final String PROFILE = "mtm-country-MAR";
    static final double TARGET_MS = 500;
    /** Renders of each format before the timed ones (at most as many as the timed runs). */
    static final int WARM_UP = 5;

    private final Path folder;
    private final String soffice;

    ProfileRenderBench(Path folder, String soffice) {
        this.folder = folder.resolve("profile-render");
        this.soffice = soffice;
    }

    @Override
    public List<String> lines(int runs) {
        try (Desk desk = Desk.open(folder.resolve("desk.db"), false)) {
            UUID morocco = desk.profiles().findProfile(PROFILE)
                    .orElseThrow(() -> new DeskException("The sample desk has no profile " + PROFILE)).id();
            List<String> out = new ArrayList<>();
            BenchScenario toPdf = render(desk, morocco, Format.PDF);
            BenchScenario toDocx = render(desk, morocco, Format.DOCX);
            // a warm process: the reading, layout and writing code compiled before anything is timed
            for (int i = 0; i < Math.min(runs, WARM_UP); i++) {
                toPdf.runOnce();
                toDocx.runOnce();
            }
            BenchTiming pdf = BenchTiming.of(toPdf, runs);
            out.add(withTarget(pdf.line("profile-render pdf"), pdf.medianMillis()));
            BenchTiming docx = BenchTiming.of(toDocx, runs);
            out.add(withTarget(docx.line("profile-render docx"), docx.medianMillis()));
            out.add(libreOffice(folder.resolve("docx"), pdf.medianMillis(), runs));
            return out;
        }
    }

    private static String withTarget(String line, double millis) {
        return line + String.format(Locale.ROOT, " target<%.0fms %s", TARGET_MS, millis < TARGET_MS ? "ok" : "MISSED");
    }

    /** One run: the profile read from the desk and written as one file (and the folder's index.csv). */
    private BenchScenario render(Desk desk, UUID profile, Format format) {
        Path out = folder.resolve(format.extension());
        return new BenchScenario() {
            @Override
            public void prepare() {
            }

            @Override
            public void runOnce() {
                try {
                    ProfileBatch.Result r = desk.profileBatch().run(new ProfileBatch.Request(List.of(profile),
                            Set.of(format), List.of(Lang.EN), false, out), (d, t, f) -> { }, () -> false);
                    if (r.produced().size() != 1) {
                        throw new DeskException("The bench profile was not rendered: " + r.skipped());
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public void close() {
            }
        };
    }

    /** LibreOffice converting our .docx to PDF: a warm-up (it sets up its profile), then timed runs. */
    private String libreOffice(Path docxFolder, double ourPdfMillis, int runs) {
        Path docx = docxFolder.resolve(PROFILE + "-en.docx");
        Path profileDir = folder.resolve("soffice-profile");
        Path outDir = folder.resolve("soffice-out");
        List<String> command = List.of(soffice, "-env:UserInstallation=" + profileDir.toUri(), "--headless",
                "--convert-to", "pdf", "--outdir", outDir.toString(), docx.toString());
        try {
            if (!convert(command, outDir)) {
                return "profile-render libreoffice skipped: " + soffice + " did not convert the .docx";
            }
            int timed = Math.max(1, Math.min(runs, 5));
            long[] nanos = new long[timed];
            for (int i = 0; i < timed; i++) {
                long start = System.nanoTime();
                convert(command, outDir);
                nanos[i] = System.nanoTime() - start;
            }
            Arrays.sort(nanos);
            double median = nanos[timed / 2] / 1e6;
            return String.format(Locale.ROOT, "profile-render libreoffice median=%.1fms max=%.1fms runs=%d "
                    + "(docx to pdf, a fresh soffice process each) ratio=%.1fx our pdf", median,
                    nanos[timed - 1] / 1e6, timed, median / ourPdfMillis);
        } catch (IOException e) {
            return "profile-render libreoffice skipped: " + soffice + " is not on the PATH";
        }
    }

    private static boolean convert(List<String> command, Path outDir) throws IOException {
        Path pdf = outDir.resolve(PROFILE + "-en.pdf");
        Files.deleteIfExists(pdf);
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return false;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            return false;
        }
        return p.exitValue() == 0 && Files.exists(pdf);
    }
}
