package org.dialoguedesk.questionnaire;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.dialoguedesk.common.DeskException;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.common.Messages;
import org.dialoguedesk.common.Officer;
import org.dialoguedesk.common.Problem;
import org.dialoguedesk.common.RecordMeta;
import org.dialoguedesk.common.Transactions;
import org.dialoguedesk.common.ValidationException;

/**
 * Questionnaire templates and their versions. A DRAFT version can be edited; {@link #freeze} makes
 * it FROZEN (a round starting with it will call this), after which edits are refused and
 * {@link #newVersionFrom} copies it into a new DRAFT with the same question codes.
 */
public final class QuestionnaireTemplateService {

    private final TemplateRepository templates;
    private final TemplateVersionRepository versions;
    private final Transactions transactions;
    private final TemplateValidator validator = new TemplateValidator();
    private final Officer officer;
    private final Clock clock;

    public QuestionnaireTemplateService(TemplateRepository templates, TemplateVersionRepository versions,
                                        Transactions transactions, Officer officer, Clock clock) {
        this.templates = templates;
        this.versions = versions;
        this.transactions = transactions;
        this.officer = officer;
        this.clock = clock;
    }

    public List<Template> templates() {
        return templates.all();
    }

    public Optional<Template> template(UUID id) {
        return templates.find(id);
    }

    /**
     * A template named by its id, its key or its title in any language (ignoring case). A title
     * that several templates share names none of them: the officer is told to use the id.
     */
    public Optional<Template> findTemplate(String idKeyOrTitle) {
        String wanted = idKeyOrTitle == null ? "" : idKeyOrTitle.strip();
        try {
            Optional<Template> byId = templates.find(UUID.fromString(wanted));
            if (byId.isPresent()) {
                return byId;
            }
        } catch (IllegalArgumentException notAnId) {
            // a key or a title
        }
        Optional<Template> byKey = templates.findByKey(wanted);
        if (byKey.isPresent()) {
            return byKey;
        }
        String folded = wanted.toLowerCase(Locale.ROOT);
        List<Template> byTitle = templates.all().stream().filter(t -> List.of(Lang.values()).stream()
                .anyMatch(l -> t.title().exact(l).toLowerCase(Locale.ROOT).equals(folded))).toList();
        if (byTitle.size() > 1) {
            throw new DeskException(Messages.english().get("questionnaire.template.ambiguous", wanted));
        }
        return byTitle.stream().findFirst();
    }

    public List<TemplateVersion> versions(UUID templateId) {
        return versions.ofTemplate(templateId);
    }

    public Optional<TemplateVersion> version(UUID versionId) {
        return versions.find(versionId);
    }

    public Optional<TemplateVersion> latestVersion(UUID templateId) {
        return versions.ofTemplate(templateId).stream().max(Comparator.comparingInt(TemplateVersion::number));
    }

    public Optional<TemplateVersion> version(UUID templateId, int number) {
        return versions.ofTemplate(templateId).stream().filter(v -> v.number() == number).findFirst();
    }

    /** Problems that would refuse this draft, without saving anything. */
    public List<Problem> check(TemplateDraft draft) {
        List<Problem> problems = new ArrayList<>(validator.validateTemplate(
                new Template(null, draft.key(), draft.title(), draft.description())));
        problems.addAll(validator.validateContent(draft.sections()));
        return problems;
    }

    /**
     * Saves a draft as a new template with version 1, or, when a template with the same key exists,
     * as its next DRAFT version (the template's title is left as it is).
     */
    public TemplateVersion create(TemplateDraft draft) {
        List<Problem> problems = check(draft);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return transactions.inTransaction(() -> {
            Template template = templates.findByKey(draft.key()).orElseGet(() -> {
                Template t = new Template(newMeta(), draft.key(), draft.title(), draft.description());
                templates.save(t);
                return t;
            });
            int number = latestVersion(template.meta().id()).map(v -> v.number() + 1).orElse(1);
            TemplateVersion version = new TemplateVersion(newMeta(), template.meta().id(), number,
                    VersionStatus.DRAFT, today(), null, withMetas(draft.sections(), Map.of()));
            versions.save(version);
            return reload(version.meta().id());
        });
    }

    /** Changes a template's title and description (its key stays). */
    public Template updateTemplate(Template edited) {
        Template stored = templates.find(edited.meta().id()).orElseThrow(() -> notFound(edited.meta().id()));
        Template changed = new Template(stored.meta(), stored.key(), edited.title(), edited.description());
        List<Problem> problems = validator.validateTemplate(changed);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        Template saved = changed.withMeta(edited.meta().touch(officer.name(), clock));
        templates.save(saved);
        return saved;
    }

    /** Saves the edited content of a DRAFT version; a frozen version is refused. */
    public TemplateVersion saveDraft(TemplateVersion edited) {
        return transactions.inTransaction(() -> {
            TemplateVersion stored = versions.find(edited.meta().id()).orElseThrow(() -> notFound(edited.meta().id()));
            refuseIfFrozen(stored);
            List<Problem> problems = validator.validateContent(edited.sections());
            if (!problems.isEmpty()) {
                throw new ValidationException(problems);
            }
            Map<UUID, Placed> storedRecords = placements(stored.sections());
            TemplateVersion saved = stored.with(edited.meta().touch(officer.name(), clock), VersionStatus.DRAFT, null)
                    .withSections(withMetas(edited.sections(), storedRecords));
            versions.save(saved);
            return reload(saved.meta().id());
        });
    }

    /** Freezes a version: it can no longer be edited. Freezing a frozen version changes nothing. */
    public TemplateVersion freeze(UUID versionId) {
        return transactions.inTransaction(() -> {
            TemplateVersion stored = versions.find(versionId).orElseThrow(() -> notFound(versionId));
            if (stored.isFrozen()) {
                return stored;
            }
            versions.save(stored.with(stored.meta().touch(officer.name(), clock), VersionStatus.FROZEN, today()));
            return reload(versionId);
        });
    }

    /** Copies a version (frozen or not) into the template's next DRAFT version; codes are kept. */
    public TemplateVersion newVersionFrom(UUID versionId) {
        return transactions.inTransaction(() -> {
            TemplateVersion source = versions.find(versionId).orElseThrow(() -> notFound(versionId));
            int number = latestVersion(source.templateId()).map(TemplateVersion::number).orElse(0) + 1;
            List<Section> copies = source.sections().stream().map(Section::asNew).toList();
            TemplateVersion copy = new TemplateVersion(newMeta(), source.templateId(), number, VersionStatus.DRAFT,
                    today(), null, withMetas(copies, Map.of()));
            versions.save(copy);
            return reload(copy.meta().id());
        });
    }

    private void refuseIfFrozen(TemplateVersion stored) {
        if (stored.isFrozen()) {
            String title = templates.find(stored.templateId()).map(t -> t.title().en()).orElse("");
            throw new DeskException(Messages.english().get("questionnaire.version.frozen", title,
                    String.valueOf(stored.number())));
        }
    }

    /** Where a stored section or question was, so a move counts as a change. */
    private record Placed(RecordMeta meta, Object content, String parent, int position) {
    }

    private static Map<UUID, Placed> placements(List<Section> sections) {
        Map<UUID, Placed> placed = new HashMap<>();
        for (int s = 0; s < sections.size(); s++) {
            Section section = sections.get(s);
            placed.put(section.meta().id(), new Placed(section.meta(), section.withMeta(null).withQuestions(List.of()),
                    "", s));
            for (int q = 0; q < section.questions().size(); q++) {
                Question question = section.questions().get(q);
                placed.put(question.meta().id(), new Placed(question.meta(), question.withMeta(null),
                        section.code(), q));
            }
        }
        return placed;
    }

    /** New records get new metadata; stored ones keep theirs when unchanged, or are touched. */
    private List<Section> withMetas(List<Section> sections, Map<UUID, Placed> stored) {
        List<Section> result = new ArrayList<>();
        for (int s = 0; s < sections.size(); s++) {
            Section section = sections.get(s);
            List<Question> questions = new ArrayList<>();
            for (int q = 0; q < section.questions().size(); q++) {
                Question question = section.questions().get(q);
                questions.add(question.withMeta(meta(question.meta(), question.withMeta(null), section.code(), q, stored)));
            }
            RecordMeta sectionMeta = meta(section.meta(), section.withMeta(null).withQuestions(List.of()), "", s, stored);
            result.add(section.withMeta(sectionMeta).withQuestions(questions));
        }
        return result;
    }

    private RecordMeta meta(RecordMeta given, Object content, String parent, int position, Map<UUID, Placed> stored) {
        Placed before = given == null ? null : stored.get(given.id());
        if (before == null) {
            return newMeta();
        }
        boolean same = before.content().equals(content) && before.parent().equals(parent)
                && before.position() == position;
        return same ? before.meta() : before.meta().touch(officer.name(), clock);
    }

    private TemplateVersion reload(UUID versionId) {
        return versions.find(versionId).orElseThrow(() -> notFound(versionId));
    }

    private RecordMeta newMeta() {
        return RecordMeta.create(officer.name(), clock);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static DeskException notFound(UUID id) {
        return new DeskException(Messages.english().get("questionnaire.notFound", id));
    }
}
