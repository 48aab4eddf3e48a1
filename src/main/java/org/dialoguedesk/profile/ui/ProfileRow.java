package org.dialoguedesk.profile.ui;

import org.dialoguedesk.profile.Profile;

/** A profile in the list: its title in the window language, its kind, and "EN 100 · FR 86 · AR 71". */
public record ProfileRow(Profile profile, String title, String kind, String completeness) {
}
