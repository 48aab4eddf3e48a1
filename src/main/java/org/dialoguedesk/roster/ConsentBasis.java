package org.dialoguedesk.roster;

public enum ConsentBasis {
    CONSENT, LEGITIMATE_INTEREST, PUBLIC_ROLE
}
