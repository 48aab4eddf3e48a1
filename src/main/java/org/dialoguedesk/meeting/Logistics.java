package org.dialoguedesk.meeting;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * A participant's travel, stay and needs. Parts not arranged (yet) are null; texts are never null.
 *
 * @param passport kept only while a visa letter needs it, then purged: null otherwise
 */
public record Logistics(Funding funding, Flight arrival, Flight departure, HotelStay hotel, Visa visa,
                        Passport passport, String dietary, String accessibility) {

    /** Nothing arranged, nothing funded, no visa needed. */
    public static final Logistics NONE = new Logistics(Funding.NONE, null, null, null, Visa.NOT_NEEDED, null, "", "");

    public Logistics {
        funding = funding == null ? Funding.NONE : funding;
        visa = visa == null ? Visa.NOT_NEEDED : visa;
        dietary = dietary == null ? "" : dietary.strip();
        accessibility = accessibility == null ? "" : accessibility.strip();
    }

    public Optional<Flight> arrivalFlight() {
        return Optional.ofNullable(arrival);
    }

    public Optional<Flight> departureFlight() {
        return Optional.ofNullable(departure);
    }

    public Optional<HotelStay> hotelStay() {
        return Optional.ofNullable(hotel);
    }

    public Optional<Passport> passportData() {
        return Optional.ofNullable(passport);
    }

    /** What the secretariat pays for this participant. */
    public record Funding(boolean travel, boolean hotel, boolean perDiem) {

        public static final Funding NONE = new Funding(false, false, false);

        public boolean any() {
            return travel || hotel || perDiem;
        }
    }

    /** @param airport IATA code or name of the airport landed at (arrival) or left from (departure) */
    public record Flight(String number, LocalDateTime at, String airport) {

        public Flight {
            number = number == null ? "" : number.strip();
            airport = airport == null ? "" : airport.strip();
        }
    }

    public record HotelStay(LocalDate checkIn, LocalDate checkOut, String roomType, String bookingReference) {

        public HotelStay {
            roomType = roomType == null ? "" : roomType.strip();
            bookingReference = bookingReference == null ? "" : bookingReference.strip();
        }
    }

    /**
     * @param letterRequested when the participant asked for a visa support letter, or null
     * @param letterIssued when the secretariat sent it, or null
     * @param embassy where the visa is applied for, e.g. "Embassy of Spain in Dakar"
     */
    public record Visa(boolean needed, LocalDate letterRequested, LocalDate letterIssued, String embassy) {

        public static final Visa NOT_NEEDED = new Visa(false, null, null, "");

        public Visa {
            embassy = embassy == null ? "" : embassy.strip();
        }

        /** A letter was asked for and not yet sent. */
        public boolean letterPending() {
            return letterRequested != null && letterIssued == null;
        }
    }

    /** @param nationality alpha-3 code of the issuing state */
    public record Passport(String number, String nationality, LocalDate expiry, LocalDate birthDate) {

        public Passport {
            number = number == null ? "" : number.strip();
            nationality = nationality == null ? "" : nationality.strip();
        }
    }
}
