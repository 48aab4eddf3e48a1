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

    /** The name of the bundle resource that holds records of this kind (e.g. {@code contacts}). */
    public String resourceName() {
        return resourceName;
    }
}
