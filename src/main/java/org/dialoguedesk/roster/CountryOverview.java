package org.dialoguedesk.roster;

import java.util.List;

/** What the country page shows: its place in each dialogue, its focal points over time, its bodies. */
public record CountryOverview(Country country, List<Membership> memberships, List<FocalPoint> focalPoints,
                              List<Organisation> organisations) {

    public record FocalPoint(ContactRole role, Contact contact) {
    }
}
