package org.dialoguedesk.common;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * Finding a record the way an officer names it on the command line: by its id, or else by a name
 * (key, title) that the given test recognises.
 */
public final class Names {

    private Names() {
    }

    /**
     * The record whose id the name is, if any; else the first of {@code all} that {@code matches} the
     * stripped name.
     */
    public static <T> Optional<T> find(String name, Function<UUID, Optional<T>> byId, List<T> all,
                                       BiPredicate<T, String> matches) {
        String wanted = name == null ? "" : name.strip();
        try {
            Optional<T> found = byId.apply(UUID.fromString(wanted));
            if (found.isPresent()) {
                return found;
            }
        } catch (IllegalArgumentException notAnId) {
            // a name, not an id
        }
        return all.stream().filter(t -> matches.test(t, wanted)).findFirst();
    }
}
