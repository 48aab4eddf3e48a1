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
import java.util.UUID;
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

    public ProfileBatch(ProfileExports exports, ProfileService profiles, ProfileRenderer renderer) {
        this.exports = exports;
        this.profiles = profiles;
        this.renderer = renderer;
    }

    /** Renders; stops between two files once {@code cancelled} says so. */
    public Result run(Request request, Progress progress, BooleanSupplier cancelled) throws IOException {
        usableFolder(request.folder());
        List<Produced> produced = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        int total = request.files();
        int done = 0;
        boolean stopped = false;
        outer:
        for (UUID id : request.profiles()) {
            Profile profile = profiles.existing(id);
            for (Lang lang : request.langs()) {
                ProfileExport export = null;
                Problem refused = null;
                try {
                    export = exports.export(id, lang, request.publicOnly());
                } catch (ValidationException e) {
                    refused = e.problems().get(0);
                }
                for (ProfileRenderer.Format format : ProfileRenderer.Format.values()) {
                    if (!request.formats().contains(format)) {
                        continue;
                    }
                    if (cancelled.getAsBoolean()) {
                        stopped = true;
                        break outer;
                    }
                    Path file = request.folder().resolve(fileName(profile, lang, format, request.publicOnly()));
                    progress.next(done, total, file.getFileName().toString());
                    done++;
                    if (refused != null) {
                        skipped.add(new Skipped(profile.key(), lang, format, refused));
                        continue;
                    }
                    ProfileExport e = export;
                    try {
                        AtomicFiles.write(file, out -> renderer.render(e, format, out));
                        produced.add(new Produced(profile.key(), profile.title().in(lang), lang, format, file,
                                edition(e.edition()), e.sections().size(), e.leftOut().size()));
                    } catch (IOException | RuntimeException failure) {
                        skipped.add(new Skipped(profile.key(), lang, format, Problem.of("file",
                                "profile.render.problem.failed", String.valueOf(failure.getMessage()))));
                    }
                }
            }
        }
        Path index = request.folder().resolve(INDEX);
        writeIndex(index, produced);
        return new Result(produced, skipped, stopped, index);
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
