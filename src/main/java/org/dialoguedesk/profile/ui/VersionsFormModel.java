package org.dialoguedesk.profile.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.profile.LineDiff;
import org.dialoguedesk.profile.ProfilePublishing.SectionDiff;
import org.dialoguedesk.profile.ProfileTemplate;
import org.dialoguedesk.profile.ProfileVersion;
import org.dialoguedesk.profile.TemplateSection;
import org.dialoguedesk.ui.FormModel;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.JobRunner;

/**
 * The versions of one profile, and what changed between two of them: each section and language that
 * differs under its heading, lines removed marked "−" and added "+". Choosing another pair compares
 * again; the main button closes.
 */
public final class VersionsFormModel implements FormModel {

    private final ProfileServices services;
    private final JobRunner jobs;
    private final I18n i18n;
    private final ProfileRow profile;
    private final ObservableList<ProfileVersion> versions;
    private final ObjectProperty<ProfileVersion> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<ProfileVersion> to = new SimpleObjectProperty<>(this, "to");
    private final ObservableList<DiffLine> lines = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper(this, "done", false);

    VersionsFormModel(ProfileServices services, JobRunner jobs, I18n i18n, ProfileRow profile,
                      List<ProfileVersion> versions) {
        this.services = services;
        this.jobs = jobs;
        this.i18n = i18n;
        this.profile = profile;
        this.versions = FXCollections.observableArrayList(versions.stream()
                .sorted(Comparator.comparingInt(ProfileVersion::number).reversed()).toList());
        // the latest against the one before it, the usual question
        if (this.versions.size() >= 2) {
            to.set(this.versions.get(0));
            from.set(this.versions.get(1));
        } else if (!this.versions.isEmpty()) {
            from.set(this.versions.get(0));
            to.set(this.versions.get(0));
        }
        from.addListener((o, a, b) -> compare());
        to.addListener((o, a, b) -> compare());
        compare();
    }

    /** Compares the chosen pair on the store thread. */
    void compare() {
        ProfileVersion a = from.get();
        ProfileVersion b = to.get();
        if (a == null || b == null) {
            lines.clear();
            summary.set(i18n.get("profile.ui.versions.none"));
            return;
        }
        jobs.run(i18n.get("profile.ui.job.diff", a.number(), b.number()), () -> {
            Optional<ProfileTemplate> template = services.profiles().template(profile.profile().templateId());
            List<SectionDiff> diffs = services.publishing().diff(profile.profile().id(), a.number(), b.number());
            List<DiffLine> out = new ArrayList<>();
            for (SectionDiff d : diffs) {
                String title = template.flatMap(t -> t.section(d.sectionCode())).map(TemplateSection::title)
                        .map(i18n::text).orElse(d.sectionCode());
                out.add(new DiffLine(DiffLine.Kind.HEADING, i18n.get("profile.ui.versions.heading", title,
                        d.lang().code().toUpperCase(Locale.ROOT)), d.lang()));
                out.addAll(withContext(d.lines(), d.lang()));
            }
            return out;
        }, out -> {
            if (a.equals(from.get()) && b.equals(to.get())) {
                lines.setAll(out);
                summary.set(out.isEmpty() ? i18n.get("profile.ui.versions.same", a.number(), b.number())
                        : i18n.get("profile.ui.versions.changed", a.number(), b.number()));
            }
        });
    }

    /**
     * The changed lines with one kept line of context either side; a longer run of kept lines shows as
     * one gap line, so a change in a long section is not lost among what stayed.
     */
    static List<DiffLine> withContext(List<LineDiff.Line> lines, Lang lang) {
        List<DiffLine> out = new ArrayList<>();
        boolean gap = false;
        for (int i = 0; i < lines.size(); i++) {
            LineDiff.Line l = lines.get(i);
            boolean near = l.kind() != LineDiff.Kind.SAME
                    || (i > 0 && lines.get(i - 1).kind() != LineDiff.Kind.SAME)
                    || (i + 1 < lines.size() && lines.get(i + 1).kind() != LineDiff.Kind.SAME);
            if (!near) {
                if (!gap) {
                    out.add(new DiffLine(DiffLine.Kind.GAP, "", lang));
                }
                gap = true;
                continue;
            }
            gap = false;
            out.add(new DiffLine(switch (l.kind()) {
                case SAME -> DiffLine.Kind.SAME;
                case REMOVED -> DiffLine.Kind.REMOVED;
                case ADDED -> DiffLine.Kind.ADDED;
            }, l.text(), lang));
        }
        return out;
    }

    /** "Version 2 — 23 Nov 2026". */
    public String label(ProfileVersion v) {
        return i18n.get("profile.ui.versions.label", v.number(), i18n.date(v.publishedOn()));
    }

    /** A line as shown: "− old", "+ new", or the kept line indented alike. */
    public String text(DiffLine line) {
        return switch (line.kind()) {
            case HEADING -> line.text();
            case SAME -> "  " + line.text();
            case GAP -> "\u22ef";
            case REMOVED -> "\u2212 " + line.text();
            case ADDED -> "+ " + line.text();
        };
    }

    @Override
    public String title() {
        return i18n.get("profile.ui.versions.title", profile.title());
    }

    @Override
    public String submitLabel() {
        return i18n.get("profile.ui.versions.close");
    }

    @Override
    public void submit() {
        done.set(true);
    }

    @Override
    public ReadOnlyBooleanProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    public ObservableList<ProfileVersion> versions() {
        return versions;
    }

    public ObjectProperty<ProfileVersion> fromProperty() {
        return from;
    }

    public ObjectProperty<ProfileVersion> toProperty() {
        return to;
    }

    public ObservableList<DiffLine> lines() {
        return lines;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
