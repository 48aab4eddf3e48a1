package org.dialoguedesk.questionnaire;

/** What became of one returned workbook. Only IMPORTED changed anything. */
public enum ImportOutcome {
    /** Answers stored, the country now under review. */
    IMPORTED,
    /** The file holds exactly the answers already stored: nothing to do. */
    UNCHANGED,
    /** A dry run: the file is fine and would be imported. */
    WOULD_IMPORT,
    /** The country already has answers that the file would change: shown, not replaced until confirmed. */
    NEEDS_CONFIRMATION,
    /** The file cannot be imported; its problems say why. */
    REFUSED
}
