package org.dialoguedesk.roster;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.dialoguedesk.common.Problem;
import org.dialoguedesk.roster.Contact.ContactDetails;

/** Checks a contact's details field by field; every problem names its field for inline display. */
public final class ContactValidator {

    /** Deliberately loose: one @, something on each side, a dot in the domain, no spaces. */
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()./-]{6,25}$");

    private final CountryRepository countries;
    private final OrganisationRepository organisations;
    private final Clock clock;

    public ContactValidator(CountryRepository countries, OrganisationRepository organisations, Clock clock) {
        this.countries = countries;
        this.organisations = organisations;
        this.clock = clock;
    }

    public List<Problem> check(ContactDetails d) {
        List<Problem> problems = new ArrayList<>();
        if (d.name().isEmpty()) {
            problems.add(Problem.of("name", "contact.error.nameRequired"));
        } else if (d.name().length() > 200) {
            problems.add(Problem.of("name", "contact.error.tooLong", 200));
        }
        for (String email : d.emails()) {
            if (!EMAIL.matcher(email).matches()) {
                problems.add(Problem.of("emails", "contact.error.emailInvalid", email));
            }
        }
        for (String phone : d.phones()) {
            if (!PHONE.matcher(phone).matches()) {
                problems.add(Problem.of("phones", "contact.error.phoneInvalid", phone));
            }
        }
        if (d.countryCode() != null && countries.find(d.countryCode()).isEmpty()) {
            problems.add(Problem.of("country", "contact.error.countryUnknown", d.countryCode()));
        }
        if (d.organisationId() != null && organisations.find(d.organisationId()).isEmpty()) {
            problems.add(Problem.of("organisation", "contact.error.organisationUnknown", d.organisationId()));
        }
        d.consentRecord().ifPresent(c -> {
            if (c.date() != null && c.date().isAfter(LocalDate.now(clock))) {
                problems.add(Problem.of("consent", "contact.error.consentInFuture", c.date()));
            }
        });
        return problems;
    }
}
