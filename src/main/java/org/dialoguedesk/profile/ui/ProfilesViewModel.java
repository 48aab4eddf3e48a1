package org.dialoguedesk.profile.ui;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Subscription;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.profile.Profile;
import org.dialoguedesk.profile.ProfileKind;
import org.dialoguedesk.profile.ProfileTemplate;
import org.dialoguedesk.profile.ProfileVersion;
import org.dialoguedesk.profile.SectionStatus;
import org.dialoguedesk.profile.TemplateSection;
import org.dialoguedesk.profile.TranslationState;
import org.dialoguedesk.ui.DialogService;
import org.dialoguedesk.ui.I18n;
import org.dialoguedesk.ui.JobRunner;

/**
 * The profiles screen: the profiles (filtered by kind) with their translation completeness, and the
 * chosen one's particulars and sections in template order, each with its status, access, validation
 * and how it stands in each language. What can be done to them is in {@link ProfileActions}.
 */
public final class ProfilesViewModel {

    /** The chosen profile as read on the store thread. */
    private record Loaded(List<SectionRow> sections, String details, String latest) {
    }

    private final ProfileServices services;
    private final JobRunner jobs;
    private final I18n i18n;
    private final ProfileActions actions;
    private final SectionPreviewModel preview;

    private final ObservableList<ProfileRow> all = FXCollections.observableArrayList();
    private final ObservableList<ProfileRow> shown = FXCollections.observableArrayList();
    private final ObjectProperty<ProfileKind> kindFilter = new SimpleObjectProperty<>(this, "kindFilter");
    private final ObservableList<String> dialogues = FXCollections.observableArrayList();
    private final ObjectProperty<String> dialogueFilter = new SimpleObjectProperty<>(this, "dialogueFilter");
    private final ObjectProperty<SectionStatus> statusFilter = new SimpleObjectProperty<>(this, "statusFilter");
    private final ObjectProperty<Lang> incompleteFilter = new SimpleObjectProperty<>(this, "incompleteFilter");
    private final ObjectProperty<ProfileRow> selectedProfile = new SimpleObjectProperty<>(this, "selectedProfile");
    private final ObservableList<SectionRow> sections = FXCollections.observableArrayList();
    private final ObjectProperty<SectionRow> selectedSection = new SimpleObjectProperty<>(this, "selectedSection");
    private final ReadOnlyStringWrapper details = new ReadOnlyStringWrapper(this, "details", "");
    private final ReadOnlyStringWrapper latest = new ReadOnlyStringWrapper(this, "latest", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private Subscription subscriptions = Subscription.EMPTY;

    public ProfilesViewModel(ProfileServices services, JobRunner jobs, DialogService dialogs, I18n i18n,
                             java.time.Clock clock) {
        this.services = services;
        this.jobs = jobs;
        this.i18n = i18n;
        this.actions = new ProfileActions(services, jobs, dialogs, i18n, clock, this);
        this.preview = new SectionPreviewModel(services, jobs, dialogs, i18n, clock, this);
    }

    /** Screen shown: follow the filter and the chosen profile, and load the profiles. */
    public void activate() {
        subscriptions = Subscription.combine(
                kindFilter.subscribe(k -> filter()),
                dialogueFilter.subscribe(d -> filter()),
                statusFilter.subscribe(st -> filter()),
                incompleteFilter.subscribe(l -> filter()),
                selectedProfile.subscribe((before, now) -> {
                    if (before == null || now == null || !before.profile().id().equals(now.profile().id())) {
                        notice.set("");
                    }
                    loadDetails();
                }));
        preview.activate();
        loadProfiles(null);
    }

    public void deactivate() {
        preview.deactivate();
        subscriptions.unsubscribe();
        subscriptions = Subscription.EMPTY;
    }

    /** Reloads the profiles by title; keeps the chosen one, or chooses {@code wanted}. */
    void loadProfiles(UUID wanted) {
        jobs.run(i18n.get("profile.ui.job.loadProfiles"), () -> {
            Collator collator = Collator.getInstance(i18n.lang().locale());
            return services.profiles().profiles().stream().map(this::row)
                    .sorted(Comparator.comparing(ProfileRow::title, collator)).toList();
        }, list -> {
            ProfileRow keep = selectedProfile.get();
            UUID id = wanted != null ? wanted : keep == null ? null : keep.profile().id();
            all.setAll(list);
            dialogues.setAll(list.stream().map(ProfileRow::dialogue).filter(d -> !d.isEmpty()).distinct().sorted()
                    .toList());
            filter();
            ProfileRow fresh = shown.stream().filter(r -> r.profile().id().equals(id)).findFirst().orElse(null);
            if (fresh == null) {
                selectedProfile.set(shown.isEmpty() ? null : shown.get(0));
            } else if (fresh.equals(keep)) {
                loadDetails();
            } else {
                selectedProfile.set(fresh);
            }
        });
    }

    private ProfileRow row(Profile p) {
        Map<Lang, Double> shares = services.profiles().translationCompleteness(p.id());
        String dialogue = p.dialogueId() == null ? "" : services.roster().dialogue(p.dialogueId())
                .map(d -> i18n.text(d.acronym())).orElse("");
        return new ProfileRow(p, i18n.text(p.title()), i18n.name(p.kind()), dialogue,
                services.profiles().status(p.id()).orElse(null), shares, completeness(shares));
    }

    /** "EN 100 · FR 86 · AR 71": the share of sections current in each language. */
    String completeness(Map<Lang, Double> shares) {
        return List.of(Lang.values()).stream()
                .map(l -> i18n.get("profile.ui.completeness.lang", l.code().toUpperCase(java.util.Locale.ROOT),
                        Math.round(shares.getOrDefault(l, 0.0) * 100)))
                .collect(Collectors.joining(i18n.get("profile.ui.completeness.separator")));
    }

    /** The dialogues the profiles belong to, for the dialogue filter. */
    public ObservableList<String> dialogues() {
        return dialogues;
    }

    private void filter() {
        ProfileKind kind = kindFilter.get();
        String dialogue = dialogueFilter.get();
        SectionStatus status = statusFilter.get();
        Lang incomplete = incompleteFilter.get();
        shown.setAll(all.stream().filter(r -> kind == null || r.profile().kind() == kind)
                .filter(r -> dialogue == null || dialogue.equals(r.dialogue()))
                .filter(r -> status == null || status == r.status())
                .filter(r -> incomplete == null || r.incompleteIn(incomplete)).toList());
        ProfileRow chosen = selectedProfile.get();
        if (chosen != null && !shown.contains(chosen)) {
            selectedProfile.set(shown.isEmpty() ? null : shown.get(0));
        }
    }

    /** Reads the chosen profile's sections; keeps the chosen section when it is still there. */
    void loadDetails() {
        ProfileRow row = selectedProfile.get();
        if (row == null) {
            show(null);
            return;
        }
        Profile p = row.profile();
        jobs.run(i18n.get("profile.ui.job.loadProfile", row.title()), () -> read(p), loaded -> {
            ProfileRow now = selectedProfile.get();
            if (now != null && now.profile().id().equals(p.id())) {
                show(loaded);
            }
        });
    }

    private Loaded read(Profile p) {
        Optional<ProfileTemplate> template = services.profiles().template(p.templateId());
        Map<String, Map<Lang, TranslationState>> states = services.profiles().translationStates(p.id());
        List<SectionRow> rows = services.profiles().sections(p.id()).stream()
                .sorted(Comparator.comparingInt(s -> s.position()))
                .map(s -> {
                    Optional<TemplateSection> t = template.flatMap(x -> x.section(s.code()));
                    String validator = t.map(TemplateSection::validatorId)
                            .flatMap(id -> services.roster().organisation(id))
                            .map(o -> o.acronym().isEmpty() ? i18n.text(o.name()) : o.acronym()).orElse("");
                    return new SectionRow(s, t.map(x -> i18n.text(x.title())).orElse(s.code()),
                            states.getOrDefault(s.code(), Map.of()), validator);
                }).toList();
        String place = switch (p.kind()) {
            case COUNTRY -> country(p.countryCode());
            case ROUTE -> p.routeCountries().stream().map(this::country)
                    .collect(Collectors.joining(i18n.get("profile.ui.route.separator")));
            case HUB, CITY -> i18n.text(p.place());
        };
        String details = i18n.get("profile.ui.details", i18n.name(p.kind()), place, i18n.name(p.access()),
                template.map(t -> i18n.text(t.title())).orElse(""));
        String latest = services.publishing().versions(p.id()).stream()
                .max(Comparator.comparingInt(ProfileVersion::number))
                .map(v -> i18n.get("profile.ui.latest", v.number(), i18n.date(v.publishedOn())))
                .orElse(i18n.get("profile.ui.latest.none"));
        return new Loaded(rows, details, latest);
    }

    private String country(String code) {
        return services.roster().country(code).map(c -> i18n.text(c.name())).orElse(code);
    }

    private void show(Loaded loaded) {
        String keep = selectedSection.get() == null ? null : selectedSection.get().code();
        if (loaded == null) {
            sections.clear();
            details.set("");
            latest.set("");
            selectedSection.set(null);
            return;
        }
        sections.setAll(loaded.sections());
        details.set(loaded.details());
        latest.set(loaded.latest());
        selectedSection.set(loaded.sections().stream().filter(s -> s.code().equals(keep)).findFirst().orElse(null));
    }

    /** "✓ current", "⚠ stale", "— missing": a marker and a word, so the state never rests on colour alone. */
    public String stateText(TranslationState state) {
        return switch (state) {
            case CURRENT -> i18n.get("profile.ui.state.current");
            case STALE -> i18n.get("profile.ui.state.stale");
            case MISSING -> i18n.get("profile.ui.state.missing");
        };
    }

    /** "FR ⚠ stale": the language and its state, for the translations column. */
    public String stateLine(Lang lang, TranslationState state) {
        return i18n.get("profile.ui.state.line", lang.code().toUpperCase(java.util.Locale.ROOT), stateText(state));
    }

    /** "Validated" and, on a second line, "UNHCR, 12 Mar 2026" once someone vouched for it. */
    public String statusText(SectionRow row) {
        String validated = validatedText(row);
        String status = i18n.name(row.section().status());
        return validated.isEmpty() ? status : status + "\n" + validated;
    }

    /** "UNHCR, 12 Mar 2026", or empty while the section is not validated. */
    public String validatedText(SectionRow row) {
        if (row.section().validatedBy().isEmpty()) {
            return "";
        }
        return row.section().validatedOn() == null ? row.section().validatedBy()
                : i18n.get("profile.ui.validated", row.section().validatedBy(), i18n.date(row.section().validatedOn()));
    }

    void reload() {
        loadProfiles(null);
    }

    void setNotice(String text) {
        notice.set(text);
    }

    public ProfileActions actions() {
        return actions;
    }

    /** The chosen section's preview and its figures' editor. */
    public SectionPreviewModel preview() {
        return preview;
    }

    public Optional<Profile> profile() {
        return Optional.ofNullable(selectedProfile.get()).map(ProfileRow::profile);
    }

    public ObservableList<ProfileRow> profiles() {
        return shown;
    }

    public ObjectProperty<ProfileKind> kindFilterProperty() {
        return kindFilter;
    }

    /** Only the profiles of this dialogue (its acronym), or all. */
    public ObjectProperty<String> dialogueFilterProperty() {
        return dialogueFilter;
    }

    /** Only the profiles this far (their least advanced section), or all. */
    public ObjectProperty<SectionStatus> statusFilterProperty() {
        return statusFilter;
    }

    /** Only the profiles with sections not current in this language, or all. */
    public ObjectProperty<Lang> incompleteFilterProperty() {
        return incompleteFilter;
    }

    public ObjectProperty<ProfileRow> selectedProfileProperty() {
        return selectedProfile;
    }

    public ObservableList<SectionRow> sections() {
        return sections;
    }

    public ObjectProperty<SectionRow> selectedSectionProperty() {
        return selectedSection;
    }

    public ReadOnlyStringProperty detailsProperty() {
        return details.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty latestProperty() {
        return latest.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }
}
