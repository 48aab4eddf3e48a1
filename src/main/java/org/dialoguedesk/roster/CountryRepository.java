package org.dialoguedesk.roster;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface CountryRepository {

    List<Country> all();

    Optional<Country> find(String code);

    /** Inserts or refreshes reference rows; countries are never deleted (old records point at them). */
    void saveAll(Collection<Country> countries);
}
