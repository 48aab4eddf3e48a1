package org.dialoguedesk.store;

import static org.dialoguedesk.store.schema.Tables.COUNTRY;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.dialoguedesk.common.Localized;
import org.dialoguedesk.roster.Country;
import org.dialoguedesk.roster.CountryRepository;
import org.dialoguedesk.roster.Region;
import org.dialoguedesk.store.schema.tables.records.CountryRecord;

/** Countries are reference data read constantly by lists: kept in memory after the first read. */
public final class JooqCountryRepository implements CountryRepository {

    private final Database db;
    private volatile List<Country> cache;
    private final Map<String, Country> byCode = new ConcurrentHashMap<>();

    public JooqCountryRepository(Database db) {
        this.db = db;
    }

    @Override
    public List<Country> all() {
        List<Country> c = cache;
        if (c == null) {
            c = db.dsl().selectFrom(COUNTRY).orderBy(COUNTRY.NAME_EN).fetch(JooqCountryRepository::map);
            byCode.clear();
            c.forEach(x -> byCode.put(x.code(), x));
            cache = c;
        }
        return c;
    }

    @Override
    public Optional<Country> find(String code) {
        all();
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    @Override
    public void saveAll(Collection<Country> countries) {
        // only what differs is written: the list is refreshed at every start, and a start that writes
        // nothing leaves the file unchanged, so it needs no new backup (Backups)
        List<Country> changed = countries.stream().filter(c -> !c.equals(find(c.code()).orElse(null))).toList();
        if (changed.isEmpty()) {
            return;
        }
        db.run(() -> {
            for (Country c : changed) {
                CountryRecord r = db.dsl().newRecord(COUNTRY);
                r.setCode(c.code());
                r.setAlpha2(c.alpha2());
                r.setRegion(c.region().name());
                r.setNameEn(c.name().en());
                r.setNameFr(c.name().fr());
                r.setNameAr(c.name().ar());
                db.dsl().insertInto(COUNTRY).set(r).onConflict(COUNTRY.CODE).doUpdate().set(r).execute();
            }
        });
        cache = null;
    }

    private static Country map(CountryRecord r) {
        return new Country(r.getCode(), r.getAlpha2(), Region.valueOf(r.getRegion()),
                new Localized(r.getNameEn(), r.getNameFr(), r.getNameAr()));
    }
}
