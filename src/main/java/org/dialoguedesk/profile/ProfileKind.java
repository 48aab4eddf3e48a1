package org.dialoguedesk.profile;

/** What a profile describes: a country, a route (an ordered list of countries), a hub (a place) or a city. */
public enum ProfileKind {
    COUNTRY, ROUTE, HUB, CITY
}
