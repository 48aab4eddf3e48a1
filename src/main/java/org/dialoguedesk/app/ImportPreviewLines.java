package org.dialoguedesk.app;

import java.io.PrintWriter;
import org.dialoguedesk.bundle.Conflict;
import org.dialoguedesk.bundle.FieldDifference;
import org.dialoguedesk.bundle.ImportPreview;
import org.dialoguedesk.bundle.MergeClass;
import org.dialoguedesk.bundle.RecordKind;
import org.dialoguedesk.bundle.RecordLabels;
import org.dialoguedesk.common.Messages;
import org.dialoguedesk.exchange.bag.BagInfo;

/**
 * The preview of an import as the command line prints it: a line per kind of record with its counts per
 * class, then each conflict with the fields on which the two desks differ, both values side by side.
 */
final class ImportPreviewLines {

    private static final int SHOWN = 70;

    private ImportPreviewLines() {
    }

    static void print(PrintWriter w, Messages messages, String fileName, BagInfo info, ImportPreview preview) {
        w.println(messages.get("bundle.cli.previewHeader", fileName, info.baggingDate(), info.officer(),
                info.installation()));
        for (RecordKind kind : RecordKind.values()) {
            if (preview.counts().containsKey(kind)) {
                w.println("  " + messages.get("bundle.cli.previewLine", kind.resourceName(),
                        preview.count(kind, MergeClass.NEW), preview.count(kind, MergeClass.UPDATED),
                        preview.count(kind, MergeClass.UNCHANGED), preview.count(kind, MergeClass.LOCAL_NEWER),
                        preview.count(kind, MergeClass.CONFLICT)));
            }
        }
        for (Conflict c : preview.conflicts()) {
            w.println(messages.get("bundle.cli.conflict", c.key() + RecordLabels.of(c).map(l -> " (" + l + ")").orElse("")));
            for (FieldDifference d : c.differences()) {
                w.println("    " + messages.get("bundle.cli.difference", d.field(), shown(d.localValue()), shown(d.incomingValue())));
            }
        }
    }

    private static String shown(Object value) {
        if (value == null) {
            return "null";
        }
        return RecordLabels.oneLine(value instanceof String s ? "\"" + s + "\"" : String.valueOf(value), SHOWN);
    }
}
