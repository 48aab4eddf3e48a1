package org.dialoguedesk.common;

import java.util.List;

/**
 * A bundle was refused, before anything was changed. The reason lets the command line choose its exit
 * code and the window its wording (a wrong passphrase is not a damaged file); the message key and its
 * arguments say what is wrong and where (entry name, manifest line) in the officer's language.
 */
public class BundleException extends DeskException {

    /** Why a bundle was refused. */
    public enum Reason {
        /** Neither a ZIP nor an encrypted bundle: probably another file picked by mistake. */
        NOT_A_BUNDLE,
        /** A bundle, but broken or unsafe: bad layout, hostile names, missing or malformed tag files. */
        INVALID,
        /** A checksum or the encryption's authentication tag does not match: changed after it was made. */
        TAMPERED,
        WRONG_PASSPHRASE,
        /** The bundle is encrypted and no passphrase (or an empty one) was given. */
        PASSPHRASE_NEEDED,
        /** Made by a newer Dialogue Desk, with a format this one does not know. */
        NEWER_FORMAT,
        /** Over a size limit: too many entries, too many bytes, or a ZIP bomb. */
        TOO_LARGE,
        /** The file itself could not be read from the disk. */
        UNREADABLE
    }

    private final Reason reason;
    private final String messageKey;
    private final transient List<Object> args;

    public BundleException(Reason reason, String messageKey, Object... args) {
        this(reason, null, messageKey, args);
    }

    public BundleException(Reason reason, Throwable cause, String messageKey, Object... args) {
        super(Messages.english().get(messageKey, args), cause);
        this.reason = reason;
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    public Reason reason() {
        return reason;
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> args() {
        return args;
    }

    /** The message in the reader's language. */
    public String localized(Messages messages) {
        return messages.get(messageKey, args.toArray());
    }
}
