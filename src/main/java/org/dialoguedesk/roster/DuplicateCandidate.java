package org.dialoguedesk.roster;

/** An existing contact that may be the same person as the one being added, and why. */
public record DuplicateCandidate(Contact contact, Reason reason) {

    public enum Reason {
        SAME_EMAIL, SIMILAR_NAME
    }
}
