package org.dialoguedesk.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.dialoguedesk.common.DeskException;
import org.dialoguedesk.common.Messages;
import org.dialoguedesk.profile.Profile;
import org.dialoguedesk.profile.ProfileBatch;
import org.dialoguedesk.profile.ProfileRenderer;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code profile render}: profiles as PDF and Word files in a folder, one per profile, language and
 * format, with {@code index.csv} listing them. A line per file, then a summary; exit 1 when any file
 * could not be written (a public edition of a restricted profile, say).
 */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = "Render profiles as PDF and Word documents into a folder, with an index of what was written.")
final class ProfileRenderCommand implements Callable<Integer> {

    static final class Which {
        @Option(names = "--profile", paramLabel = "ID_OR_KEY", description = "One profile: its id, key or title")
        String profile;

        @Option(names = "--dialogue", paramLabel = "ACRONYM", description = "Every profile of a dialogue")
        String dialogue;

        @Option(names = "--all", description = "Every profile")
        boolean all;
    }

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Which which;

    @Option(names = "--format", split = ",", paramLabel = "pdf,docx", defaultValue = "pdf,docx",
            description = "Formats, comma-separated (default: ${DEFAULT-VALUE})")
    List<String> formats;

    @Option(names = "--lang", split = ",", paramLabel = "en,fr,ar", defaultValue = "en,fr,ar",
            description = "Languages, comma-separated (default: ${DEFAULT-VALUE})")
    List<String> langs;

    @Option(names = "--public", description = "Public editions: restricted sections left out, restricted profiles refused")
    boolean publicOnly;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write into (created if missing)")
    Path out;

    @Override
    public Integer call() {
        Main main = (Main) spec.root().userObject();
        try (Desk desk = main.openDesk()) {
            Messages messages = CommandMessages.of(desk);
            ProfileBatch.Request request = new ProfileBatch.Request(profiles(desk), formats(), CommandNames.langs(langs), publicOnly, out);
            PrintWriter w = spec.commandLine().getOut();
            ProfileBatch.Result result;
            try {
                result = desk.profileBatch().run(request, (done, total, file) -> { }, () -> false);
            } catch (IOException e) {
                // every file is whole or absent; only the index could not be written
                throw new DeskException(messages.get("profile.render.problem.failed", e.getMessage()));
            }
            for (ProfileBatch.Produced p : result.produced()) {
                w.println(messages.get("profile.cli.rendered", p.file().getFileName(), p.sections(), p.edition()));
            }
            for (ProfileBatch.Skipped s : result.skipped()) {
                w.println(messages.get("profile.cli.renderSkipped", ProfileBatch.fileName(
                        desk.profiles().findProfile(s.profileKey()).orElseThrow(), s.lang(), s.format(), publicOnly),
                        messages.format(s.reason())));
            }
            w.println(messages.get("profile.cli.renderSummary", result.produced().size(), result.skipped().size(),
                    result.index()));
            w.flush();
            return result.skipped().isEmpty() ? Main.OK : Main.BAD_INPUT;
        }
    }

    private List<UUID> profiles(Desk desk) {
        if (which.profile != null) {
            return List.of(CommandNames.profile(desk, which.profile).id());
        }
        UUID dialogue = which.dialogue == null ? null : CommandNames.dialogue(desk, which.dialogue).meta().id();
        return desk.profiles().profiles().stream().filter(p -> dialogue == null || Objects.equals(p.dialogueId(), dialogue))
                .map(Profile::id).toList();
    }

    private Set<ProfileRenderer.Format> formats() {
        Set<ProfileRenderer.Format> chosen = EnumSet.noneOf(ProfileRenderer.Format.class);
        for (String f : formats) {
            try {
                chosen.add(ProfileRenderer.Format.valueOf(f.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new DeskException(Messages.english().get("profile.cli.badFormat", f));
            }
        }
        return chosen;
    }
}
