package org.dialoguedesk.roster;

/** The world regions the dialogues speak of when they count participants and members. */
public enum Region {
    EUROPE, NORTH_AFRICA, WEST_AFRICA, EAST_AFRICA, CENTRAL_AFRICA, SOUTHERN_AFRICA, MIDDLE_EAST,
    CENTRAL_ASIA, SOUTH_ASIA, EAST_ASIA, SOUTH_EAST_ASIA, OCEANIA, NORTH_AMERICA, LATIN_AMERICA_CARIBBEAN
}
