package org.dialoguedesk.profile.ui;

import java.util.List;
import java.util.function.Supplier;
import org.dialoguedesk.profile.ProfileBatch;
import org.dialoguedesk.profile.ProfileCompiler;
import org.dialoguedesk.profile.ProfilePublishing;
import org.dialoguedesk.profile.ProfileService;
import org.dialoguedesk.profile.ProfileSources;
import org.dialoguedesk.profile.RouteComparisons;
import org.dialoguedesk.roster.RosterService;

/**
 * What the profiles screen works with: profiles, their versions, updates from rounds, their sources, the roster for
 * country and agency names, and the rounds to update from (read on the store thread; the wiring says
 * where they come from, so profiles need not know the questionnaire feature), route comparisons, and the
 * batch that renders profiles as PDF and Word files.
 */
public record ProfileServices(ProfileService profiles, ProfilePublishing publishing, ProfileCompiler compiler,
                              RosterService roster, Supplier<List<RoundChoice>> rounds, ProfileSources sources,
                              RouteComparisons comparisons, ProfileBatch batch) {
}
