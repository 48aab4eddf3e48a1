package org.dialoguedesk.profile.ui;

import org.dialoguedesk.profile.ProfileCompiler;
import org.dialoguedesk.profile.ProfilePublishing;
import org.dialoguedesk.profile.ProfileService;
import org.dialoguedesk.roster.RosterService;

/** What the profiles screen works with: profiles, their versions, and the roster for country and agency names. */
public record ProfileServices(ProfileService profiles, ProfilePublishing publishing, ProfileCompiler compiler,
                              RosterService roster) {
}
