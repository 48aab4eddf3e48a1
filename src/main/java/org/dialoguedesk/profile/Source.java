package org.dialoguedesk.profile;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dialoguedesk.common.Problem;

/**
 * One source of a profile: an address linked from its texts or given as an indicator's source. {@code
 * title} is what is shown (the officer's title, else {@code foundTitle}: the first link text or indicator
 * source naming it); {@code accessed} when an officer last checked it (null: not recorded); {@code usedIn}
 * the codes of the sections that cite it, in section order.
 */
public record Source(String url, String title, String foundTitle, LocalDate accessed, List<String> usedIn) {

    public Source {
        url = url == null ? "" : url;
        title = title == null ? "" : title;
        foundTitle = foundTitle == null ? "" : foundTitle;
        usedIn = List.copyOf(usedIn);
    }

    public Optional<LocalDate> accessedOn() {
        return Optional.ofNullable(accessed);
    }

    /** Whether a reader's browser can open the address; a link that cannot is worth fixing in the text. */
    public boolean isWebAddress() {
        return IndicatorRules.isWebAddress(url);
    }

    /** What is wrong with the source as it stands: an address that is not a web address. */
    public List<Problem> problems() {
        return isWebAddress() ? List.of() : List.of(Problem.of("url", "profile.source.problem.url", url));
    }
}
