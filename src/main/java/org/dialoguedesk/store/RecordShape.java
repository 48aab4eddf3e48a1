package org.dialoguedesk.store;

import static org.dialoguedesk.store.schema.Tables.CHECKLIST_ITEM;
import static org.dialoguedesk.store.schema.Tables.CONTACT;
import static org.dialoguedesk.store.schema.Tables.CONTACT_EMAIL;
import static org.dialoguedesk.store.schema.Tables.CONTACT_ROLE;
import static org.dialoguedesk.store.schema.Tables.DIALOGUE;
import static org.dialoguedesk.store.schema.Tables.MEETING;
import static org.dialoguedesk.store.schema.Tables.MEETING_CONCLUSIONS;
import static org.dialoguedesk.store.schema.Tables.MEETING_CO_CHAIR;
import static org.dialoguedesk.store.schema.Tables.MEETING_SESSION;
import static org.dialoguedesk.store.schema.Tables.MEMBERSHIP;
import static org.dialoguedesk.store.schema.Tables.ORGANISATION;
import static org.dialoguedesk.store.schema.Tables.PARTICIPANT;
import static org.dialoguedesk.store.schema.Tables.PROFILE;
import static org.dialoguedesk.store.schema.Tables.PROFILE_INDICATOR;
import static org.dialoguedesk.store.schema.Tables.PROFILE_MAPPING;
import static org.dialoguedesk.store.schema.Tables.PROFILE_ROUTE_COUNTRY;
import static org.dialoguedesk.store.schema.Tables.PROFILE_SECTION;
import static org.dialoguedesk.store.schema.Tables.PROFILE_SOURCE;
import static org.dialoguedesk.store.schema.Tables.PROFILE_TEMPLATE;
import static org.dialoguedesk.store.schema.Tables.PROFILE_TEMPLATE_SECTION;
import static org.dialoguedesk.store.schema.Tables.PROFILE_TEXT;
import static org.dialoguedesk.store.schema.Tables.PROFILE_VERSION;
import static org.dialoguedesk.store.schema.Tables.PROFILE_VERSION_TEXT;
import static org.dialoguedesk.store.schema.Tables.QUESTIONNAIRE_ANSWER;
import static org.dialoguedesk.store.schema.Tables.QUESTIONNAIRE_OPTION;
import static org.dialoguedesk.store.schema.Tables.QUESTIONNAIRE_QUESTION;
import static org.dialoguedesk.store.schema.Tables.QUESTIONNAIRE_RECIPIENT;
import static org.dialoguedesk.store.schema.Tables.QUESTIONNAIRE_ROUND;
import static org.dialoguedesk.store.schema.Tables.QUESTIONNAIRE_SECTION;
import static org.dialoguedesk.store.schema.Tables.QUESTIONNAIRE_STATUS_CHANGE;
import static org.dialoguedesk.store.schema.Tables.QUESTIONNAIRE_TEMPLATE;
import static org.dialoguedesk.store.schema.Tables.QUESTIONNAIRE_VERSION;
import static org.dialoguedesk.store.schema.Tables.SESSION_NOTE;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.dialoguedesk.bundle.RecordKind;
import org.jooq.Table;

/**
 * How each kind of record lies in the tables: a root table whose {@code id} is the record's id, and
 * the child tables it owns, each found by its column pointing to the parent row (children of
 * children point to their parent child row's {@code id}). A child table's row may hold rows of its own
 * in a column ({@link PackedRows}).
 */
record RecordShape(RecordKind kind, Table<?> root, List<Child> children) {

    /** An answer's values: {@code [position, answer_key, value]} in {@code questionnaire_answer.answer_values}. */
    static final PackedRows ANSWER_VALUES = new PackedRows("questionnaire_answer_value", QUESTIONNAIRE_ANSWER.ANSWER_VALUES,
            new String[] {"position", "answer_key", "value"}, new Class<?>[] {Long.class, String.class, String.class}, 1);

    /** A table owned by its parent row, through {@code parentColumn}. */
    record Child(Table<?> table, String parentColumn, List<Child> children, List<PackedRows> packed) {

        static Child of(Table<?> table, String parentColumn, Child... children) {
            return new Child(table, parentColumn, List.of(children), List.of());
        }

        static Child packing(Table<?> table, String parentColumn, PackedRows... packed) {
            return new Child(table, parentColumn, List.of(), List.of(packed));
        }
    }

    private static final Map<RecordKind, RecordShape> SHAPES = new EnumMap<>(RecordKind.class);

    static {
        add(RecordKind.ORGANISATION, ORGANISATION);
        add(RecordKind.DIALOGUE, DIALOGUE, Child.of(MEMBERSHIP, "dialogue_id"));
        add(RecordKind.CONTACT, CONTACT, Child.of(CONTACT_EMAIL, "contact_id"), Child.of(CONTACT_ROLE, "contact_id"));
        add(RecordKind.QUESTIONNAIRE_TEMPLATE, QUESTIONNAIRE_TEMPLATE,
                Child.of(QUESTIONNAIRE_VERSION, "template_id",
                        Child.of(QUESTIONNAIRE_SECTION, "version_id",
                                Child.of(QUESTIONNAIRE_QUESTION, "section_id",
                                        Child.of(QUESTIONNAIRE_OPTION, "question_id")))));
        add(RecordKind.QUESTIONNAIRE_ROUND, QUESTIONNAIRE_ROUND,
                Child.of(QUESTIONNAIRE_RECIPIENT, "round_id",
                        Child.of(QUESTIONNAIRE_STATUS_CHANGE, "recipient_id"),
                        Child.packing(QUESTIONNAIRE_ANSWER, "recipient_id", ANSWER_VALUES)));
        add(RecordKind.PROFILE_TEMPLATE, PROFILE_TEMPLATE,
                Child.of(PROFILE_TEMPLATE_SECTION, "template_id"), Child.of(PROFILE_MAPPING, "template_id"));
        add(RecordKind.PROFILE, PROFILE,
                Child.of(PROFILE_ROUTE_COUNTRY, "profile_id"),
                Child.of(PROFILE_SECTION, "profile_id",
                        Child.of(PROFILE_TEXT, "section_id"), Child.of(PROFILE_INDICATOR, "section_id")),
                Child.of(PROFILE_VERSION, "profile_id", Child.of(PROFILE_VERSION_TEXT, "version_id")),
                Child.of(PROFILE_SOURCE, "profile_id"));
        add(RecordKind.MEETING, MEETING,
                Child.of(MEETING_CO_CHAIR, "meeting_id"), Child.of(MEETING_SESSION, "meeting_id"),
                Child.of(PARTICIPANT, "meeting_id"), Child.of(CHECKLIST_ITEM, "meeting_id"),
                Child.of(SESSION_NOTE, "meeting_id"), Child.of(MEETING_CONCLUSIONS, "meeting_id"));
    }

    private static void add(RecordKind kind, Table<?> root, Child... children) {
        SHAPES.put(kind, new RecordShape(kind, root, List.of(children)));
    }

    static RecordShape of(RecordKind kind) {
        RecordShape shape = SHAPES.get(kind);
        if (shape == null) {
            throw new IllegalStateException("No table layout for " + kind);
        }
        return shape;
    }
}
