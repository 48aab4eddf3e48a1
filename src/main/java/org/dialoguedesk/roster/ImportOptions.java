package org.dialoguedesk.roster;

/**
 * How strict a contact import is.
 *
 * @param skipExistingDuplicates leave out (and report) rows that look like a contact already in the
 *        roster, instead of refusing the whole file: for re-importing an updated list
 * @param keepDuplicatesInFile import rows that look like another row of the same file, with a
 *        warning, instead of refusing the file; for lists that knowingly hold two records of one
 *        person, such as the sample roster that demonstrates merging
 */
public record ImportOptions(boolean skipExistingDuplicates, boolean keepDuplicatesInFile) {

    public static ImportOptions strict() {
        return new ImportOptions(false, false);
    }
}
