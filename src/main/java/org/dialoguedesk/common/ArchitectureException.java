package org.dialoguedesk.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class that breaks one rule of the architecture test on purpose, and says why: an exception is
 * written down where it is made, not left as a hole in the rule. The test names the rule by its method.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ArchitectureException {

    /** The architecture test's method that states the rule. */
    String rule();

    /** Why this class may break it. */
    String why();
}
