package org.dialoguedesk.meeting;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import org.dialoguedesk.roster.Country;
import org.dialoguedesk.roster.Region;

/**
 * The facts a news item states after a meeting, counted over the participants who attended (status
 * {@link ParticipantStatus#ATTENDED}): invited people who did not come are not "gathered".
 *
 * <p><b>Partner countries</b> are the distinct countries of attended {@code PARTNER_STATE} delegations;
 * an expert from a non-partner country (Lebanon at the sample meeting) counts among the participants
 * and in {@link #byCountry}, not among the partner countries. They are split into a partition by the
 * roster's region of each country: <b>European</b> ({@link Region#EUROPE}), <b>African</b> (every
 * African region, North Africa included, so Morocco and Tunisia are African, as the seed's "13 European
 * and 20 African" counts them) and <b>other</b> (the rest); european + african + other = partner
 * countries. <b>Arab</b> is not part of that partition but a flag across it: the partner countries
 * that are members of the League of Arab States, whatever their region (Morocco counts as African and
 * as Arab).
 *
 * @param participants attended participants
 * @param byCountry attended participants per delegation country (alpha-3), any category
 * @param byOrganisation attended participants per delegation organisation (roster id)
 */
public record MeetingStatistics(int participants, SortedSet<String> partnerCountries, int european, int african,
                                int other, int arab, SortedMap<String, Long> byCountry,
                                Map<UUID, Long> byOrganisation, Map<ParticipantCategory, Long> byCategory,
                                Map<Gender, Long> byGender) {

    /** The 22 members of the League of Arab States (Syria included: readmitted in 2023). */
    public static final Set<String> ARAB_LEAGUE = Set.of("DZA", "BHR", "COM", "DJI", "EGY", "IRQ", "JOR", "KWT",
            "LBN", "LBY", "MRT", "MAR", "OMN", "PSE", "QAT", "SAU", "SOM", "SDN", "SYR", "TUN", "ARE", "YEM");

    private static final Set<Region> AFRICA = EnumSet.of(Region.NORTH_AFRICA, Region.WEST_AFRICA,
            Region.EAST_AFRICA, Region.CENTRAL_AFRICA, Region.SOUTHERN_AFRICA);

    /** The three buckets partner countries are split into. */
    public enum Bucket { EUROPEAN, AFRICAN, OTHER }

    public MeetingStatistics {
        partnerCountries = Collections.unmodifiableSortedSet(new TreeSet<>(partnerCountries));
        byCountry = Collections.unmodifiableSortedMap(new TreeMap<>(byCountry));
        byOrganisation = Map.copyOf(byOrganisation);
        byCategory = Collections.unmodifiableMap(new EnumMap<>(byCategory));
        byGender = Collections.unmodifiableMap(new EnumMap<>(byGender));
    }

    /**
     * Counts the meeting's participants; {@code countries} finds a country's region (a country the
     * roster does not know counts as "other").
     */
    public static MeetingStatistics of(List<Participant> all, Function<String, Optional<Country>> countries) {
        List<Participant> attended = all.stream().filter(p -> p.status() == ParticipantStatus.ATTENDED).toList();
        SortedSet<String> partners = new TreeSet<>();
        SortedMap<String, Long> byCountry = new TreeMap<>();
        Map<UUID, Long> byOrganisation = new TreeMap<>();
        Map<ParticipantCategory, Long> byCategory = new EnumMap<>(ParticipantCategory.class);
        Map<Gender, Long> byGender = new EnumMap<>(Gender.class);
        for (ParticipantCategory c : ParticipantCategory.values()) {
            byCategory.put(c, 0L);
        }
        for (Gender g : Gender.values()) {
            byGender.put(g, 0L);
        }
        for (Participant p : attended) {
            p.delegation().country().ifPresent(c -> byCountry.merge(c, 1L, Long::sum));
            p.delegation().organisation().ifPresent(o -> byOrganisation.merge(o, 1L, Long::sum));
            byCategory.merge(p.category(), 1L, Long::sum);
            byGender.merge(p.gender(), 1L, Long::sum);
            if (p.category() == ParticipantCategory.PARTNER_STATE) {
                p.delegation().country().ifPresent(partners::add);
            }
        }
        Map<Bucket, Integer> buckets = new EnumMap<>(Bucket.class);
        for (String code : partners) {
            buckets.merge(bucket(countries.apply(code).map(Country::region)), 1, Integer::sum);
        }
        int arab = (int) partners.stream().filter(ARAB_LEAGUE::contains).count();
        return new MeetingStatistics(attended.size(), partners, buckets.getOrDefault(Bucket.EUROPEAN, 0),
                buckets.getOrDefault(Bucket.AFRICAN, 0), buckets.getOrDefault(Bucket.OTHER, 0), arab, byCountry,
                byOrganisation, byCategory, byGender);
    }

    /** Which of European, African or other a country of this region is counted as. */
    public static Bucket bucket(Optional<Region> region) {
        if (region.isEmpty()) {
            return Bucket.OTHER;
        }
        if (region.get() == Region.EUROPE) {
            return Bucket.EUROPEAN;
        }
        return AFRICA.contains(region.get()) ? Bucket.AFRICAN : Bucket.OTHER;
    }

    /** Attended participants whose delegation is a country that is not among the partner countries. */
    public SortedMap<String, Long> nonPartnerCountries() {
        SortedMap<String, Long> others = new TreeMap<>(byCountry);
        others.keySet().removeAll(partnerCountries);
        return others;
    }
}
