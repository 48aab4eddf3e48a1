package org.dialoguedesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dialoguedesk.TestDesks;
import org.dialoguedesk.app.Desk;
import org.dialoguedesk.common.RecordMeta;
import org.dialoguedesk.common.StoreException;
import org.dialoguedesk.questionnaire.Question;
import org.dialoguedesk.questionnaire.Section;
import org.dialoguedesk.questionnaire.Template;
import org.dialoguedesk.questionnaire.TemplateDraft;
import org.dialoguedesk.questionnaire.TemplateSamples;
import org.dialoguedesk.questionnaire.TemplateVersion;
import org.dialoguedesk.questionnaire.VersionStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Templates and versions written to and read back from a real, migrated SQLite file. */
class JooqTemplateRepositoryTest {

    @TempDir
    Path folder;

    @Test
    void versionRoundTripKeepsEveryFieldInThreeLanguages() {
        TemplateDraft draft = TemplateSamples.draft("imap_irregular");
        try (Desk desk = TestDesks.empty(folder)) {
            Database db = desk.database();
            JooqTemplateRepository templates = new JooqTemplateRepository(db);
            JooqTemplateVersionRepository versions = new JooqTemplateVersionRepository(db);
            RecordMeta meta = RecordMeta.create("tester", TestDesks.CLOCK);
            Template template = new Template(meta, draft.key(), draft.title(), draft.description());
            List<Section> sections = draft.sections().stream().map(s -> new Section(
                    RecordMeta.create("tester", TestDesks.CLOCK), s.code(), s.title(), s.questions().stream()
                    .map(q -> new Question(RecordMeta.create("tester", TestDesks.CLOCK), q.code(), q.type(),
                            q.required(), q.label(), q.help(), q.definition(), q.unit(), q.choices(), q.rows(),
                            q.columns())).toList())).toList();
            TemplateVersion version = new TemplateVersion(RecordMeta.create("tester", TestDesks.CLOCK),
                    meta.id(), 1, VersionStatus.FROZEN, LocalDate.of(2025, 1, 2), LocalDate.of(2025, 3, 4), sections);
            db.run(() -> {
                templates.save(template);
                versions.save(version);
            });

            assertEquals(template, templates.findByKey("imap_irregular").orElseThrow());
            assertEquals(version, versions.find(version.meta().id()).orElseThrow());
            assertEquals(List.of(version), versions.ofTemplate(meta.id()));
        }
    }

    @Test
    void staleTemplateIsRefused() {
        try (Desk desk = TestDesks.empty(folder)) {
            JooqTemplateRepository templates = new JooqTemplateRepository(desk.database());
            TemplateDraft draft = TemplateSamples.draft("k");
            Template t = new Template(RecordMeta.create("a", TestDesks.CLOCK), "k", draft.title(), draft.description());
            templates.save(t);
            Template newer = new Template(t.meta().touch("b", TestDesks.CLOCK), "k", draft.title(), draft.description());
            templates.save(newer);
            assertThrows(StoreException.class, () -> templates.save(newer));
            assertEquals(2, templates.find(t.meta().id()).orElseThrow().meta().revision());
        }
    }
}
