package org.dialoguedesk.store;

import static org.dialoguedesk.store.schema.Tables.PARTICIPANT;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.meeting.Delegation;
import org.dialoguedesk.meeting.Gender;
import org.dialoguedesk.meeting.Logistics;
import org.dialoguedesk.meeting.Logistics.Flight;
import org.dialoguedesk.meeting.Logistics.Funding;
import org.dialoguedesk.meeting.Logistics.HotelStay;
import org.dialoguedesk.meeting.Logistics.Passport;
import org.dialoguedesk.meeting.Logistics.Visa;
import org.dialoguedesk.meeting.Participant;
import org.dialoguedesk.meeting.ParticipantCategory;
import org.dialoguedesk.meeting.ParticipantRepository;
import org.dialoguedesk.meeting.ParticipantRole;
import org.dialoguedesk.meeting.ParticipantStatus;
import org.dialoguedesk.roster.NameFolding;
import org.dialoguedesk.store.schema.tables.records.ParticipantRecord;
import org.jooq.Condition;

/** Participants with their logistics, one row each; absent parts of the logistics are NULL columns. */
public final class JooqParticipantRepository implements ParticipantRepository {

    private static final MetaColumns META = new MetaColumns(PARTICIPANT);

    private final Database db;

    public JooqParticipantRepository(Database db) {
        this.db = db;
    }

    @Override
    public List<Participant> ofMeeting(UUID meetingId) {
        return where(PARTICIPANT.MEETING_ID.eq(meetingId.toString()));
    }

    @Override
    public List<Participant> sameContactOrName(UUID meetingId, UUID contactId, String nameKey) {
        Condition person = PARTICIPANT.NAME_KEY.eq(nameKey);
        if (contactId != null) {
            person = person.or(PARTICIPANT.CONTACT_ID.eq(contactId.toString()));
        }
        return where(PARTICIPANT.MEETING_ID.eq(meetingId.toString()).and(person));
    }

    @Override
    public List<Participant> ofContact(UUID contactId) {
        return where(PARTICIPANT.CONTACT_ID.eq(contactId.toString()));
    }

    @Override
    public List<Participant> withPassport() {
        return where(PARTICIPANT.PASSPORT_NUMBER.isNotNull());
    }

    private List<Participant> where(Condition condition) {
        return db.dsl().selectFrom(PARTICIPANT).where(condition, PARTICIPANT.DELETED_AT.isNull())
                .orderBy(PARTICIPANT.NAME_KEY, PARTICIPANT.NAME, PARTICIPANT.ID)
                .fetch(JooqParticipantRepository::map);
    }

    @Override
    public Optional<Participant> find(UUID id) {
        return db.dsl().selectFrom(PARTICIPANT).where(PARTICIPANT.ID.eq(id.toString()), PARTICIPANT.DELETED_AT.isNull())
                .fetchOptional(JooqParticipantRepository::map);
    }

    @Override
    public void save(Participant p) {
        ParticipantRecord r = db.dsl().newRecord(PARTICIPANT);
        META.write(r, p.meta());
        r.setMeetingId(p.meetingId().toString());
        r.setContactId(Dates.text(p.contactId()));
        r.setName(p.name());
        r.setNameAr(p.nameAr());
        r.setNameKey(NameFolding.nameKey(p.name()));
        r.setGender(p.gender().name());
        r.setDelegationCountry(p.delegation().countryCode());
        r.setDelegationOrganisation(Dates.text(p.delegation().organisationId()));
        r.setCategory(p.category().name());
        r.setRole(p.role().name());
        r.setStatus(p.status().name());
        r.setLanguage(p.language().code());
        r.setConsentToList(flag(p.consentToList()));
        r.setSample(flag(p.sample()));
        writeLogistics(r, p.logistics());
        MetaColumns.upsert(db.dsl(), PARTICIPANT, r, PARTICIPANT.ID, PARTICIPANT.REVISION, "participant");
    }

    private static void writeLogistics(ParticipantRecord r, Logistics l) {
        r.setFundedTravel(flag(l.funding().travel()));
        r.setFundedHotel(flag(l.funding().hotel()));
        r.setFundedPerDiem(flag(l.funding().perDiem()));
        // parts not arranged are written as nulls too: an update sets only the fields written, so a part
        // removed (a flight cancelled, passport data purged) would otherwise stay in the row
        l.arrivalFlight().ifPresentOrElse(f -> {
            r.setArrivalFlight(f.number());
            r.setArrivalAt(text(f.at()));
            r.setArrivalAirport(f.airport());
        }, () -> {
            r.setArrivalFlight(null);
            r.setArrivalAt(null);
            r.setArrivalAirport(null);
        });
        l.departureFlight().ifPresentOrElse(f -> {
            r.setDepartureFlight(f.number());
            r.setDepartureAt(text(f.at()));
            r.setDepartureAirport(f.airport());
        }, () -> {
            r.setDepartureFlight(null);
            r.setDepartureAt(null);
            r.setDepartureAirport(null);
        });
        l.hotelStay().ifPresentOrElse(h -> {
            r.setHotelCheckIn(Dates.text(h.checkIn()));
            r.setHotelCheckOut(Dates.text(h.checkOut()));
            r.setHotelRoomType(h.roomType());
            r.setHotelBookingReference(h.bookingReference());
        }, () -> {
            r.setHotelCheckIn(null);
            r.setHotelCheckOut(null);
            r.setHotelRoomType(null);
            r.setHotelBookingReference(null);
        });
        r.setVisaNeeded(flag(l.visa().needed()));
        r.setVisaLetterRequested(Dates.text(l.visa().letterRequested()));
        r.setVisaLetterIssued(Dates.text(l.visa().letterIssued()));
        r.setVisaEmbassy(Dates.nullIfEmpty(l.visa().embassy()));
        l.passportData().ifPresentOrElse(p -> {
            r.setPassportNumber(p.number());
            r.setPassportNationality(p.nationality());
            r.setPassportExpiry(Dates.text(p.expiry()));
            r.setBirthDate(Dates.text(p.birthDate()));
        }, () -> {
            r.setPassportNumber(null);
            r.setPassportNationality(null);
            r.setPassportExpiry(null);
            r.setBirthDate(null);
        });
        r.setDietary(l.dietary());
        r.setAccessibility(l.accessibility());
    }

    private static Participant map(ParticipantRecord r) {
        Delegation delegation = r.getDelegationCountry() != null ? Delegation.ofCountry(r.getDelegationCountry())
                : Delegation.ofOrganisation(UUID.fromString(r.getDelegationOrganisation()));
        return new Participant(META.read(r), UUID.fromString(r.getMeetingId()), Dates.uuid(r.getContactId()),
                r.getName(), r.getNameAr(), Gender.valueOf(r.getGender()), delegation,
                ParticipantCategory.valueOf(r.getCategory()), ParticipantRole.valueOf(r.getRole()),
                ParticipantStatus.valueOf(r.getStatus()), Lang.fromCode(r.getLanguage()).orElseThrow(),
                r.getConsentToList() == 1, r.getSample() == 1, logistics(r));
    }

    private static Logistics logistics(ParticipantRecord r) {
        Flight arrival = r.getArrivalFlight() == null ? null
                : new Flight(r.getArrivalFlight(), dateTime(r.getArrivalAt()), r.getArrivalAirport());
        Flight departure = r.getDepartureFlight() == null ? null
                : new Flight(r.getDepartureFlight(), dateTime(r.getDepartureAt()), r.getDepartureAirport());
        HotelStay hotel = r.getHotelRoomType() == null ? null : new HotelStay(Dates.date(r.getHotelCheckIn()),
                Dates.date(r.getHotelCheckOut()), r.getHotelRoomType(), r.getHotelBookingReference());
        Passport passport = r.getPassportNumber() == null ? null : new Passport(r.getPassportNumber(),
                r.getPassportNationality(), Dates.date(r.getPassportExpiry()), Dates.date(r.getBirthDate()));
        return new Logistics(new Funding(r.getFundedTravel() == 1, r.getFundedHotel() == 1, r.getFundedPerDiem() == 1),
                arrival, departure, hotel, new Visa(r.getVisaNeeded() == 1, Dates.date(r.getVisaLetterRequested()),
                Dates.date(r.getVisaLetterIssued()), r.getVisaEmbassy()), passport, r.getDietary(),
                r.getAccessibility());
    }

    private static long flag(boolean b) {
        return b ? 1L : 0L;
    }

    private static String text(LocalDateTime t) {
        return t == null ? null : t.toString();
    }

    private static LocalDateTime dateTime(String s) {
        return s == null ? null : LocalDateTime.parse(s);
    }
}
