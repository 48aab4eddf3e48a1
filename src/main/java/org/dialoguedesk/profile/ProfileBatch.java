package org.dialoguedesk.profile;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.BooleanSupplier;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dialoguedesk.common.AtomicFiles;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.common.Problem;
import org.dialoguedesk.common.ValidationException;

/**
 * Renders many profiles in many formats and languages into one folder: one file per profile, language
 * and format, each written atomically (a failed or cancelled run never leaves a half-written file under
 * its final name), then {@code index.csv} listing what was produced. A profile that cannot be rendered
 * (a restricted profile in a public run) is skipped with the reason and the run goes on.
 */
public final class ProfileBatch {

    public static final String INDEX = "index.csv";

    /** What to render, and where. */
    public record Request(List<UUID> profiles, Set<ProfileRenderer.Format> formats, List<Lang> langs,
                          boolean publicOnly, Path folder) {
        public Request {
            profiles = List.copyOf(profiles);
            formats = Set.copyOf(formats);
            langs = List.copyOf(langs);
            Objects.requireNonNull(folder, "folder");
        }

        public int files() {
            return profiles.size() * formats.size() * langs.size();
        }
    }

    /** A file written. */
    public record Produced(String profileKey, String title, Lang lang, ProfileRenderer.Format format, Path file,
                           String edition, int sections, int leftOut) {
    }

    /** A file not written, and why. */
    public record Skipped(String profileKey, Lang lang, ProfileRenderer.Format format, Problem reason) {
    }

    public record Result(List<Produced> produced, List<Skipped> skipped, boolean cancelled, Path index) {
        public Result {
            produced = List.copyOf(produced);
            skipped = List.copyOf(skipped);
        }
    }

    /** Told before each file: how many are done, of how many, and which comes next. */
    @FunctionalInterface
    public interface Progress {
        void next(int done, int total, String file);
    }

    private final ProfileExports exports;
    private final ProfileService profiles;
    private final ProfileRenderer renderer;
    private final int workers;

    /** Renders on every core the machine has. */
    public ProfileBatch(ProfileExports exports, ProfileService profiles, ProfileRenderer renderer) {
        this.exports = exports;
        this.profiles = profiles;
        this.renderer = renderer;
        this.workers = Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    /**
     * Renders; stops between two files once {@code cancelled} says so. Exports are read on the calling
     * thread (it owns the store's connection) and rendered on the workers, one export's formats on one
     * worker so that its laid-out document serves them all; a few exports at most wait their turn, which
     * bounds the memory a large run takes.
     */
    public Result run(Request request, Progress progress, BooleanSupplier cancelled) throws IOException {
        usableFolder(request.folder());
        Run run = new Run(request, progress, cancelled);
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "profile-render");
            t.setDaemon(true);
            return t;
        });
        Semaphore waiting = new Semaphore(workers * 2);
        List<Future<?>> tasks = new ArrayList<>();
        try {
            int slot = 0;
            for (UUID id : request.profiles()) {
                Profile profile = profiles.existing(id);
                for (Lang lang : request.langs()) {
                    if (run.stopped()) {
                        break;
                    }
                    ProfileExport export = null;
                    Problem refused = null;
                    try {
                        export = exports.export(id, lang, request.publicOnly());
                    } catch (ValidationException e) {
                        refused = e.problems().get(0);
                    }
                    acquire(waiting);
                    ProfileExport e = export;
                    Problem r = refused;
                    int first = slot;
                    slot += request.formats().size();
                    tasks.add(pool.submit(() -> {
                        try {
                            run.render(first, profile, lang, e, r);
                        } finally {
                            waiting.release();
                        }
                    }));
                }
            }
            for (Future<?> task : tasks) {
                finish(task);
            }
        } finally {
            pool.shutdownNow();
        }
        Path index = request.folder().resolve(INDEX);
        List<Produced> produced = run.produced();
        writeIndex(index, produced);
        return new Result(produced, run.skipped(), run.stopped(), index);
    }

    /** One run's shared state: the count of files begun, and what came of each file by its place in order. */
    private final class Run {
        private final Request request;
        private final Progress progress;
        private final BooleanSupplier cancelled;
        private final SortedMap<Integer, Produced> produced = new TreeMap<>();
        private final SortedMap<Integer, Skipped> skipped = new TreeMap<>();
        private int begun;
        private boolean stopped;

        Run(Request request, Progress progress, BooleanSupplier cancelled) {
            this.request = request;
            this.progress = progress;
            this.cancelled = cancelled;
        }

        void render(int first, Profile profile, Lang lang, ProfileExport export, Problem refused) {
            int slot = first;
            for (ProfileRenderer.Format format : ProfileRenderer.Format.values()) {
                if (!request.formats().contains(format)) {
                    continue;
                }
                Path file = request.folder().resolve(fileName(profile, lang, format, request.publicOnly()));
                if (!begin(file)) {
                    return;
                }
                if (refused != null) {
                    done(slot++, null, new Skipped(profile.key(), lang, format, refused));
                    continue;
                }
                try {
                    AtomicFiles.write(file, out -> renderer.render(export, format, out));
                    done(slot++, new Produced(profile.key(), profile.title().in(lang), lang, format, file,
                            edition(export.edition()), export.sections().size(), export.leftOut().size()), null);
                } catch (IOException | RuntimeException failure) {
                    done(slot++, null, new Skipped(profile.key(), lang, format, Problem.of("file",
                            "profile.render.problem.failed", String.valueOf(failure.getMessage()))));
                }
            }
        }

        /** Asks whether to go on and, if so, tells the progress which file comes next. */
        synchronized boolean begin(Path file) {
            if (stopped || cancelled.getAsBoolean()) {
                stopped = true;
                return false;
            }
            progress.next(begun++, request.files(), file.getFileName().toString());
            return true;
        }

        synchronized void done(int slot, Produced file, Skipped skip) {
            if (file != null) {
                produced.put(slot, file);
            } else {
                skipped.put(slot, skip);
            }
        }

        synchronized boolean stopped() {
            return stopped;
        }

        synchronized List<Produced> produced() {
            return List.copyOf(produced.values());
        }

        synchronized List<Skipped> skipped() {
            return List.copyOf(skipped.values());
        }
    }

    private static void acquire(Semaphore waiting) {
        try {
            waiting.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rendering", e);
        }
    }

    /** Waits for a worker's task; what a worker could not catch (an Error) is thrown here. */
    private static void finish(Future<?> task) {
        try {
            task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rendering", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * Refuses, before anything is rendered, a folder that cannot be made or written in (a file of that
     * name, no permission): one clear reason rather than a failure per file and no index.
     */
    private static void usableFolder(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new ValidationException(List.of(Problem.of("folder", "profile.render.problem.folder",
                    folder.toString())));
        }
        if (!Files.isWritable(folder)) {
            throw new ValidationException(List.of(Problem.of("folder", "profile.render.problem.folder",
                    folder.toString())));
        }
    }

    /** {@code <key>-<lang>[-public].<ext>}: the key with anything but letters, digits and - _ turned to -. */
    public static String fileName(Profile profile, Lang lang, ProfileRenderer.Format format, boolean publicOnly) {
        String key = profile.key().isEmpty() ? profile.id().toString() : profile.key();
        return key.replaceAll("[^A-Za-z0-9_-]", "-") + "-" + lang.code() + (publicOnly ? "-public" : "") + "."
                + format.extension();
    }

    private static String edition(ProfileExport.Edition edition) {
        return edition.draft() ? (edition.number() == 0 ? "draft" : "draft after v" + edition.number())
                : "v" + edition.number();
    }

    private static void writeIndex(Path index, List<Produced> produced) throws IOException {
        AtomicFiles.write(index, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            try (CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder()
                    .setHeader("file", "profile", "title", "language", "format", "edition", "sections", "left_out")
                    .get())) {
                for (Produced p : produced) {
                    csv.printRecord(p.file().getFileName(), p.profileKey(), p.title(), p.lang().code(),
                            p.format().name().toLowerCase(Locale.ROOT), p.edition(), p.sections(), p.leftOut());
                }
            }
        });
    }
}
