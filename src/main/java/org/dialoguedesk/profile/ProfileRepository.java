package org.dialoguedesk.profile;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Profiles with their sections, texts, indicators and published versions. */
public interface ProfileRepository {

    List<Profile> all();

    Optional<Profile> find(UUID id);

    /** Saves a profile (new, or stored at revision - 1) and its route countries. */
    void save(Profile profile);

    /** The sections of a profile, in template order. */
    List<ProfileSection> sections(UUID profileId);

    void saveSection(ProfileSection section);

    /** Every text of every section of a profile. */
    List<SectionText> texts(UUID profileId);

    void saveText(SectionText text);

    /** Every indicator of a profile, by section then position. */
    List<Indicator> indicators(UUID profileId);

    void saveIndicator(Indicator indicator);

    void deleteIndicator(UUID id);

    /** The published versions of a profile, oldest first. */
    List<ProfileVersion> versions(UUID profileId);

    /** Stores a new published version; a stored version is never changed. */
    void addVersion(ProfileVersion version);
}
