package org.dialoguedesk.bundle;

/**
 * The kinds of record that travel in bundles, in the order they are applied: a kind only refers to
 * kinds before it (a contact to its organisation, a meeting to its dialogue), so applying in this
 * order keeps every reference whole even before the deferred foreign-key check.
 */
public enum RecordKind {
    ORGANISATION("organisations"),
    DIALOGUE("dialogues"),
    CONTACT("contacts"),
    QUESTIONNAIRE_TEMPLATE("questionnaire-templates"),
    QUESTIONNAIRE_ROUND("questionnaire-rounds"),
    PROFILE_TEMPLATE("profile-templates"),
    PROFILE("profiles"),
    MEETING("meetings");

    private final String resourceName;

    RecordKind(String resourceName) {
        this.resourceName = resourceName;
    }

    /**
     * The root fields each desk works out from the others (a contact's folded name and search text, which
     * also draw on its organisation's and country's names): never offered as a choice in a conflict, and
     * worked out again when a merged record is stored.
     */
    public java.util.Set<String> derivedFields() {
        return this == CONTACT ? java.util.Set.of("name_key", "search_text") : java.util.Set.of();
    }

    /** The name of the bundle resource that holds records of this kind (e.g. {@code contacts}). */
    public String resourceName() {
        return resourceName;
    }

    /** The kind whose bundle resource has this name. */
    public static java.util.Optional<RecordKind> ofResourceName(String name) {
        return java.util.Arrays.stream(values()).filter(k -> k.resourceName.equals(name)).findFirst();
    }
}
