package org.dialoguedesk.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dialoguedesk.common.DeskException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code bench [SCENARIO...]}: times named scenarios over several runs and prints one line each,
 * {@code NAME median=…ms max=…ms heap=…MB}. Not part of the test suite: speed is measured here.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Time named scenarios (default: all). Scenarios: roster-search, startup, questionnaire-forms, questionnaire-import.")
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SCENARIO", description = "Scenarios to run (default: all)")
    List<String> names = new ArrayList<>();

    @Option(names = "--runs", defaultValue = "15", description = "Timed runs per scenario (default: 15)")
    int runs;

    @Option(names = "--contacts", defaultValue = "20000", description = "Generated contacts (default: 20000)")
    int contacts;

    @Override
    public Integer call() throws IOException {
        Map<String, BenchScenario> all = new LinkedHashMap<>();
        Path work = Files.createTempDirectory("dialogue-desk-bench");
        all.put("roster-search", new RosterSearchBench(work, contacts));
        all.put("startup", new StartupBench(work, contacts));
        all.put("questionnaire-forms", new FormsBench(work));
        all.put("questionnaire-import", new FormImportBench(work));
        List<String> chosen = names.isEmpty() ? List.copyOf(all.keySet()) : names;
        for (String name : chosen) {
            if (!all.containsKey(name)) {
                throw new DeskException("Unknown scenario " + name + ". Known: " + String.join(", ", all.keySet()));
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        try {
            for (String name : chosen) {
                out.println(run(name, all.get(name)));
                out.flush();
            }
        } finally {
            deleteTree(work);
        }
        return Main.OK;
    }

    private static void deleteTree(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private String run(String name, BenchScenario scenario) {
        try {
            scenario.prepare();
            scenario.beforeEach();
            scenario.runOnce(); // warm-up
            long[] nanos = new long[runs];
            long peakHeap = 0;
            Runtime rt = Runtime.getRuntime();
            for (int i = 0; i < runs; i++) {
                scenario.beforeEach();
                long start = System.nanoTime();
                scenario.runOnce();
                nanos[i] = System.nanoTime() - start;
                peakHeap = Math.max(peakHeap, rt.totalMemory() - rt.freeMemory());
            }
            Arrays.sort(nanos);
            return String.format(java.util.Locale.ROOT, "%s median=%.1fms max=%.1fms heap=%dMB", name,
                    nanos[runs / 2] / 1e6, nanos[runs - 1] / 1e6, peakHeap / (1024 * 1024));
        } finally {
            scenario.close();
        }
    }
}
