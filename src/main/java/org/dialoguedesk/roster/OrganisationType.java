package org.dialoguedesk.roster;

public enum OrganisationType {
    PARTNER_AGENCY, EU_BODY, AU_BODY, REGIONAL_BODY, MINISTRY, NATIONAL_BODY, CIVIL_SOCIETY, OTHER
}
