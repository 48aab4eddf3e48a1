package org.dialoguedesk.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * {@code NAME median=…ms max=…ms heap=…MB}; the profile scenarios print a line per thing they measure,
 * with its target. Not part of the test suite: speed is measured here.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Time named scenarios (default: all). Scenarios: roster-search, startup, questionnaire-forms, questionnaire-import, profile-render, profile-batch, bundle-export, bundle-import.")
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SCENARIO", description = "Scenarios to run (default: all)")
    List<String> names = new ArrayList<>();

    @Option(names = "--runs", defaultValue = "15", description = "Timed runs per scenario (default: 15)")
    int runs;

    @Option(names = "--contacts", defaultValue = "20000", description = "Generated contacts (default: 20000)")
    int contacts;

    @Option(names = "--profiles", defaultValue = "30",
            description = "Profiles rendered by profile-batch, in three languages and both formats (default: 30)")
    int profiles;

    @Option(names = "--bundle-runs", defaultValue = "3",
            description = "Timed runs of bundle-export and bundle-import, each big (default: 3)")
    int bundleRuns;

    @Option(names = "--meetings", defaultValue = "300", description = "Generated meetings for the bundle scenarios (default: 300)")
    int meetings;

    @Option(names = "--rounds", defaultValue = "40",
            description = "Generated questionnaire rounds of 70 countries, all answered, for the bundle scenarios (default: 40)")
    int rounds;

    @Option(names = "--bundle-profiles", defaultValue = "150",
            description = "Generated profiles (texts in 3 languages) for the bundle scenarios (default: 150)")
    int bundleProfiles;

    @Option(names = "--soffice", defaultValue = "soffice", paramLabel = "COMMAND",
            description = "LibreOffice, which profile-render compares with when it is found (default: soffice on the PATH)")
    String soffice;

    /** What a scenario prints, given the number of timed runs. */
    @FunctionalInterface
    interface Report {
        List<String> lines(int runs);
    }

    @Override
    public Integer call() throws IOException {
        Map<String, Report> all = new LinkedHashMap<>();
        Path work = Files.createTempDirectory("dialogue-desk-bench");
        timed(all, "roster-search", new RosterSearchBench(work, contacts));
        timed(all, "startup", new StartupBench(work, contacts));
        timed(all, "questionnaire-forms", new FormsBench(work));
        timed(all, "questionnaire-import", new FormImportBench(work));
        all.put("profile-render", new ProfileRenderBench(work, soffice));
        all.put("profile-batch", new ProfileBatchBench(work, profiles));
        BundleBench bundle = new BundleBench(work, new GeneratedExchangeDesk.Size(contacts, meetings, rounds, bundleProfiles));
        all.put("bundle-export", runs -> bundle.export().lines(bundleRuns));
        all.put("bundle-import", runs -> bundle.importing().lines(bundleRuns));
        List<String> chosen = names.isEmpty() ? List.copyOf(all.keySet()) : names;
        for (String name : chosen) {
            if (!all.containsKey(name)) {
                throw new DeskException("Unknown scenario " + name + ". Known: " + String.join(", ", all.keySet()));
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        try {
            for (String name : chosen) {
                for (String line : all.get(name).lines(runs)) {
                    out.println(line);
                    out.flush();
                }
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

    private static void timed(Map<String, Report> all, String name, BenchScenario scenario) {
        all.put(name, runs -> {
            try {
                scenario.prepare();
                return List.of(BenchTiming.of(scenario, runs).line(name));
            } finally {
                scenario.close();
            }
        });
    }
}
