package org.dialoguedesk.meeting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dialoguedesk.roster.NameFolding;

/**
 * Finds the names of a meeting's participants in a text, so that nothing recorded under the Chatham
 * House Rule can name a speaker. A name is found whatever its case, accents or spacing ("Marta
 * García", "MARTA GARCIA"), in Latin or Arabic script, and in the usual transliteration variants of
 * Arabic names ("Mohamed Ben Ali", "Mohammed Benali"): the text is folded into words and every run of
 * as many words as the name has (one more or one fewer, for names written joined or split) is compared
 * on {@link NameFolding#nameKey}.
 */
public final class ParticipantNames {

    private record Name(String shown, String folded, String key, int words) {
    }

    private final List<Name> names = new ArrayList<>();

    /** Every participant of the meeting, whatever their status: a declined invitee is named all the same. */
    public ParticipantNames(List<Participant> participants) {
        for (Participant p : participants) {
            add(p.name());
            add(p.nameAr());
        }
    }

    private void add(String name) {
        String folded = NameFolding.fold(name);
        if (!folded.isEmpty()) {
            names.add(new Name(name, folded, NameFolding.nameKey(folded), folded.split(" ").length));
        }
    }

    /** The participants' names found in the text, as the participants' records spell them, in order found. */
    public List<String> foundIn(String text) {
        String folded = NameFolding.fold(text);
        if (folded.isEmpty()) {
            return List.of();
        }
        List<String> words = Arrays.asList(folded.split(" "));
        String padded = " " + folded + " ";
        Set<String> found = new LinkedHashSet<>();
        Map<Integer, Set<String>> runKeys = new HashMap<>();
        for (Name n : names) {
            if (padded.contains(" " + n.folded() + " ") || runMatches(words, n, runKeys)) {
                found.add(n.shown());
            }
        }
        return List.copyOf(found);
    }

    /** {@code runKeys} keeps the keys of the runs of each size already folded for this text. */
    private static boolean runMatches(List<String> words, Name n, Map<Integer, Set<String>> runKeys) {
        for (int size = Math.max(1, n.words() - 1); size <= n.words() + 1; size++) {
            Set<String> keys = runKeys.computeIfAbsent(size, s -> {
                Set<String> k = new HashSet<>();
                for (int start = 0; start + s <= words.size(); start++) {
                    k.add(NameFolding.nameKey(String.join(" ", words.subList(start, start + s))));
                }
                return k;
            });
            if (keys.contains(n.key())) {
                return true;
            }
        }
        return false;
    }
}
