package org.dialoguedesk.questionnaire;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.common.Localized;

/**
 * What fillable forms need to know of the roster: names of countries, dialogues and focal points,
 * and the focal point's working languages. The app wires it to the roster services, so this core
 * stays independent of the roster's (as {@link RoundRoster} does for rounds).
 */
public interface FormRoster {

    Optional<Localized> countryName(String countryCode);

    Optional<Localized> dialogueName(UUID dialogueId);

    /** A contact's display name, in the form's language where the roster has one. */
    Optional<String> contactName(UUID contactId, Lang lang);

    /** The working languages of a contact; empty when unknown. */
    Set<Lang> contactLanguages(UUID contactId);
}
