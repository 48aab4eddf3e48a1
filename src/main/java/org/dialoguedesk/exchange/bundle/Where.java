package org.dialoguedesk.exchange.bundle;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.dialoguedesk.common.BundleException;
import org.dialoguedesk.common.BundleException.Reason;

/**
 * Where a value of a bundle's payload is: its file and JSON Pointer (RFC 6901), {@code /3/fields/email}; the
 * whole file is "/". The pointer is spelled out only when a message needs it: a large bundle has millions of
 * values and almost never an error. With the refusals ({@link Reason#INVALID}) that name such a place.
 */
final class Where {

    private final String file;
    private final Where parent;
    private final String member;
    private final int index;

    private Where(String file, Where parent, String member, int index) {
        this.file = file;
        this.parent = parent;
        this.member = member;
        this.index = index;
    }

    static Where top(String file) {
        return new Where(file, null, null, -1);
    }

    String file() {
        return file;
    }

    Where at(String name) {
        return new Where(file, this, name, -1);
    }

    Where at(int i) {
        return new Where(file, this, null, i);
    }

    String pointer() {
        String path = path();
        return path.isEmpty() ? "/" : path;
    }

    private String path() {
        if (parent == null) {
            return "";
        }
        String step = member != null ? member.replace("~", "~0").replace("/", "~1") : String.valueOf(index);
        return parent.path() + "/" + step;
    }

    // the refusals that name a file and a place in it

    static String data(String path) {
        return "data/" + path;
    }

    static BundleException wrongType(Where at, String expected) {
        return invalid("bundle.records.wrongType", at.file(), at.pointer(), expected);
    }

    static BundleException invalid(String key, Object... args) {
        return new BundleException(Reason.INVALID, key, args);
    }

    static BundleException notJson(String path, JsonProcessingException e) {
        var where = e.getLocation();
        return new BundleException(Reason.INVALID, e, "bundle.records.notJson", data(path),
                where == null ? 0 : where.getLineNr(), where == null ? 0 : where.getColumnNr(), e.getOriginalMessage());
    }
}
