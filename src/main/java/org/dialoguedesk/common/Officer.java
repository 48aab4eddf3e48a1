package org.dialoguedesk.common;

/** Who is making changes now: the name recorded as {@code updated_by} on every record touched. */
@FunctionalInterface
public interface Officer {

    String name();
}
