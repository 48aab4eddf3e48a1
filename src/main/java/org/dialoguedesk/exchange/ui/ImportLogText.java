package org.dialoguedesk.exchange.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dialoguedesk.bundle.ImportLogOutcome;
import org.dialoguedesk.bundle.MergeClass;
import org.dialoguedesk.bundle.RecordKind;
import org.dialoguedesk.ui.I18n;

/**
 * What the import log keeps, told in the officer's language: its counts, kept as {@link
 * org.dialoguedesk.bundle.ImportPreview#summary} writes them, and its outcome, kept as an {@link
 * ImportLogOutcome} code. Text the log kept otherwise (entries from before the codes) is shown as it is.
 */
final class ImportLogText {

    private final I18n i18n;

    ImportLogText(I18n i18n) {
        this.i18n = i18n;
    }

    /** The outcome the log kept, in words. */
    String outcome(String kept) {
        return ImportLogOutcome.parse(kept).map(this::outcome).orElse(kept);
    }

    /**
     * The log's counts ({@code contacts: 42 new, 3 updated; meetings: 1 new}, as {@link org.dialoguedesk.bundle.ImportPreview#summary}
     * writes them) in the officer's language; a part it cannot read stays as it is.
     */
    String counts(String kept) {
        List<String> kinds = new ArrayList<>();
        for (String kindPart : kept.split(";\\s*")) {
            String[] kindAndCounts = kindPart.split(":\\s*", 2);
            Optional<RecordKind> kind = kindAndCounts.length == 2 ? RecordKind.ofResourceName(kindAndCounts[0].strip())
                    : Optional.empty();
            if (kind.isEmpty()) {
                kinds.add(kindPart);
                continue;
            }
            List<String> parts = new ArrayList<>();
            for (String count : kindAndCounts[1].split(",\\s*")) {
                parts.add(count(count.strip()));
            }
            kinds.add(i18n.get("exchange.ui.log.kindCounts", i18n.name(kind.get()),
                    String.join(i18n.get("exchange.ui.log.countSeparator"), parts)));
        }
        return String.join(i18n.get("exchange.ui.log.kindSeparator"), kinds);
    }

    /** {@code 42 new}: a number and a class as {@link MergeClass} names it, lower case. */
    private String count(String count) {
        String[] numberAndClass = count.split(" ", 2);
        try {
            int n = Integer.parseInt(numberAndClass[0]);
            MergeClass mergeClass = MergeClass.valueOf(numberAndClass[1].toUpperCase(Locale.ROOT).replace(' ', '_'));
            return i18n.get(switch (mergeClass) {
                case NEW -> "exchange.ui.log.class.new";
                case UPDATED -> "exchange.ui.log.class.updated";
                case UNCHANGED -> "exchange.ui.log.class.unchanged";
                case LOCAL_NEWER -> "exchange.ui.log.class.local_newer";
                case CONFLICT -> "exchange.ui.log.class.conflict";
            }, n);
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            return count;
        }
    }

    private String outcome(ImportLogOutcome o) {
        String where = i18n.get(o.where() == ImportLogOutcome.Where.WINDOW ? "exchange.ui.log.outcome.window"
                : "exchange.ui.log.outcome.command");
        if (o.resolved() == 0) {
            return where;
        }
        String how = i18n.get(switch (o.how()) {
            case FIELD_BY_FIELD -> "exchange.ui.log.how.fieldByField";
            case KEEP_LOCAL -> "exchange.ui.log.how.keepLocal";
            case TAKE_INCOMING -> "exchange.ui.log.how.takeIncoming";
        });
        return i18n.get("exchange.ui.log.outcome.resolved", where, o.resolved(), how);
    }
}
