package org.dialoguedesk.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.nio.file.Path;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.common.Localized;
import org.dialoguedesk.profile.Indicator;
import org.dialoguedesk.profile.Profile;
import org.dialoguedesk.profile.ProfileBatch;
import org.dialoguedesk.profile.ProfileRenderer.Format;
import org.dialoguedesk.profile.ProfileSection;
import org.dialoguedesk.profile.ProfileService;
import org.dialoguedesk.profile.SectionText;

/**
 * {@code profile-batch}: a batch of N country profiles (30 by default) in English, French and Arabic,
 * PDF and Word, in one run (target: under 30 s, heap under 512 MB). The profiles are copies of the sample
 * Moroccan profile made on a scratch desk through {@link ProfileService} (its sections, texts in every
 * language and figures; not its source notes), so every one is as large as a real one. Peak heap is the
 * sum of the heap pools' peak usage during the batch, after a collection resets them.
 */
final class ProfileBatchBench implements BenchCommand.Report {

    static final double TARGET_MS = 30_000;
    static final long TARGET_HEAP_MB = 512;

    private final Path folder;
    private final int count;

    ProfileBatchBench(Path folder, int count) {
        this.folder = folder.resolve("profile-batch");
        this.count = count;
    }

    @Override
    public List<String> lines(int runs) {
        try (Desk desk = Desk.open(folder.resolve("desk.db"), false)) {
            Profile morocco = desk.profiles().findProfile(ProfileRenderBench.PROFILE).orElseThrow();
            List<UUID> copies = new ArrayList<>();
            for (int i = 1; i <= count; i++) {
                copies.add(copy(desk.profiles(), morocco, i));
            }
            ProfileBatch.Request request = new ProfileBatch.Request(copies, EnumSet.allOf(Format.class),
                    List.of(Lang.values()), false, folder.resolve("out"));
            // warm-up: the first copy alone, in every language and format, into another folder
            run(desk, new ProfileBatch.Request(copies.subList(0, 1), request.formats(), request.langs(), false,
                    folder.resolve("warm-up")));
            ProfileBatch.Result result;
            double millis;
            long peakMb;
            try (HeapPeak heap = new HeapPeak().start()) {
                long start = System.nanoTime();
                result = run(desk, request);
                millis = (System.nanoTime() - start) / 1e6;
                peakMb = heap.megabytes();
            }
            long maxMb = HeapPeak.maxMegabytes();
            return List.of(String.format(Locale.ROOT, "profile-batch total=%.1fms files=%d per-file=%.0fms not-written=%d "
                            + "(profiles=%d, each a copy of %s, x 3 languages x pdf+docx, one run) target<%.0fms %s "
                            + "peak-heap=%dMB target<%dMB %s (max heap %dMB)",
                    millis, result.produced().size(), millis / Math.max(1, request.files()), result.skipped().size(), count, morocco.key(), TARGET_MS,
                    millis < TARGET_MS ? "ok" : "MISSED", peakMb, TARGET_HEAP_MB,
                    peakMb < TARGET_HEAP_MB ? "ok" : "MISSED", maxMb));
        }
    }

    private static ProfileBatch.Result run(Desk desk, ProfileBatch.Request request) {
        try {
            return desk.profileBatch().run(request, (d, t, f) -> { }, () -> false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of the profile with its own key and title: the same sections, texts and figures. */
    static UUID copy(ProfileService profiles, Profile from, int n) {
        Localized t = from.title();
        Profile copy = profiles.createProfile(new Profile(null, from.key() + "-bench-" + n, from.kind(),
                from.templateId(), from.dialogueId(), from.countryCode(), from.place(), from.routeCountries(),
                new Localized(t.en() + " " + n, t.fr() + " " + n, t.ar() + " " + n), from.access(),
                from.sourceLanguage()), profiles.sections(from.id()).stream().map(ProfileSection::code).toList());
        Map<UUID, String> codes = new HashMap<>();
        profiles.sections(from.id()).forEach(s -> codes.put(s.id(), s.code()));
        for (SectionText text : profiles.texts(from.id())) {
            profiles.saveText(copy.id(), codes.get(text.sectionId()), text.lang(), text.markdown());
        }
        for (Indicator i : profiles.indicators(from.id())) {
            profiles.saveIndicator(copy.id(), codes.get(i.sectionId()), i);
        }
        return copy.id();
    }
}
