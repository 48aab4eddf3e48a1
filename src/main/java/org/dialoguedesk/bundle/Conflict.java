package org.dialoguedesk.bundle;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Both copies of one record, changed apart, with the fields on which they differ; resolving it
 * field by field gives the merged record whose clock has seen both, so neither side's edit is lost
 * from view and the result travels back as the newer copy.
 */
public record Conflict(BundleRecord local, BundleRecord incoming, List<FieldDifference> differences) {

    public Conflict {
        Objects.requireNonNull(local, "local");
        Objects.requireNonNull(incoming, "incoming");
        differences = List.copyOf(differences);
    }

    public static Conflict between(BundleRecord local, BundleRecord incoming) {
        return new Conflict(local, incoming, differencesOf(local, incoming));
    }

    public RecordKey key() {
        return local.key();
    }

    /** True when one side deleted the record and the other changed it: the choice is whole, not by field. */
    public boolean isDeletion() {
        return local.deleted() != incoming.deleted();
    }

    private static List<FieldDifference> differencesOf(BundleRecord local, BundleRecord incoming) {
        List<FieldDifference> out = new ArrayList<>();
        if (local.deleted() != incoming.deleted()) {
            out.add(new FieldDifference(FieldDifference.DELETION, local.deleted(), incoming.deleted()));
            return out;
        }
        Set<String> names = new LinkedHashSet<>(local.content().keySet());
        names.addAll(incoming.content().keySet());
        names.removeAll(local.kind().derivedFields());
        for (String name : names) {
            Object mine = local.content().get(name);
            Object theirs = incoming.content().get(name);
            if (!Objects.equals(mine, theirs) || local.content().containsKey(name) != incoming.content().containsKey(name)) {
                out.add(new FieldDifference(name, mine, theirs));
            }
        }
        return out;
    }

    /** Resolves every differing field the same way. */
    public BundleRecord resolveAll(ConflictChoice choice, String installation) {
        Map<String, ConflictChoice> choices = new java.util.HashMap<>();
        differences.forEach(d -> choices.put(d.field(), choice));
        return resolve(choices, installation);
    }

    /**
     * The merged record: each differing field from the chosen side, the others as both have them. Its
     * clock is the merge of both, counted once more for {@code installation} when the result differs
     * from the incoming copy, so the desk that sent it sees the result as newer and takes it.
     *
     * @throws IllegalArgumentException naming the fields that have no choice: nothing is decided silently
     */
    public BundleRecord resolve(Map<String, ConflictChoice> choices, String installation) {
        List<String> undecided = differences.stream().map(FieldDifference::field)
                .filter(f -> !choices.containsKey(f)).toList();
        if (!undecided.isEmpty()) {
            throw new IllegalArgumentException("No choice made for " + undecided + " of " + key());
        }
        VersionClock merged = local.clock().merge(incoming.clock());
        BundleRecord result;
        if (isDeletion()) {
            BundleRecord chosen = choices.get(FieldDifference.DELETION) == ConflictChoice.LOCAL ? local : incoming;
            result = chosen.withClock(merged);
        } else {
            Map<String, Object> content = new java.util.LinkedHashMap<>(incoming.content());
            for (Map.Entry<String, Object> field : local.content().entrySet()) {
                content.putIfAbsent(field.getKey(), field.getValue());
            }
            for (FieldDifference d : differences) {
                boolean takeLocal = choices.get(d.field()) == ConflictChoice.LOCAL;
                BundleRecord from = takeLocal ? local : incoming;
                if (from.content().containsKey(d.field())) {
                    content.put(d.field(), from.content().get(d.field()));
                } else {
                    content.remove(d.field());
                }
            }
            result = BundleRecord.live(local.kind(), local.id(), content, merged);
        }
        return result.sameContentAs(incoming) ? result : result.withClock(merged.bump(installation));
    }
}
