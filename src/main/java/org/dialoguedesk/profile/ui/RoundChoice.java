package org.dialoguedesk.profile.ui;

import java.util.UUID;

/** A questionnaire round a profile can be updated from: the screen knows rounds only by id and title. */
public record RoundChoice(UUID id, String title) {
}
