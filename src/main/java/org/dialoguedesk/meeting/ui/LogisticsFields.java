package org.dialoguedesk.meeting.ui;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.dialoguedesk.common.Problem;
import org.dialoguedesk.meeting.Logistics;
import org.dialoguedesk.roster.Country;

/**
 * A participant's logistics as typed: funding, flights, hotel, visa, passport, needs. Passport
 * data is asked for only while a visa letter is needed (a visa, and no letter issued yet), as the
 * retention rule keeps it; otherwise what was typed is not saved.
 */
public final class LogisticsFields {

    /** The room types the rooming lists translate; another one typed before is offered too. */
    static final List<String> ROOM_TYPES = List.of("single", "double", "twin", "suite");

    private final BooleanProperty fundTravel = new SimpleBooleanProperty(this, "fundTravel");
    private final BooleanProperty fundHotel = new SimpleBooleanProperty(this, "fundHotel");
    private final BooleanProperty fundPerDiem = new SimpleBooleanProperty(this, "fundPerDiem");
    private final FlightFields arrival;
    private final FlightFields departure;
    private final ObjectProperty<LocalDate> checkIn = new SimpleObjectProperty<>(this, "checkIn");
    private final ObjectProperty<LocalDate> checkOut = new SimpleObjectProperty<>(this, "checkOut");
    private final ObservableList<String> roomTypes = FXCollections.observableArrayList();
    private final ObjectProperty<String> roomType = new SimpleObjectProperty<>(this, "roomType", "");
    private final StringProperty booking = new SimpleStringProperty(this, "booking", "");
    private final BooleanProperty visaNeeded = new SimpleBooleanProperty(this, "visaNeeded");
    private final ObjectProperty<LocalDate> letterRequested = new SimpleObjectProperty<>(this, "letterRequested");
    private final ObjectProperty<LocalDate> letterIssued = new SimpleObjectProperty<>(this, "letterIssued");
    private final StringProperty embassy = new SimpleStringProperty(this, "embassy", "");
    private final StringProperty passportNumber = new SimpleStringProperty(this, "passportNumber", "");
    private final ObjectProperty<Country> nationality = new SimpleObjectProperty<>(this, "nationality");
    private final ObjectProperty<LocalDate> passportExpiry = new SimpleObjectProperty<>(this, "passportExpiry");
    private final ObjectProperty<LocalDate> birthDate = new SimpleObjectProperty<>(this, "birthDate");
    private final BooleanBinding passportWanted = visaNeeded.and(letterIssued.isNull());
    private final StringProperty dietary = new SimpleStringProperty(this, "dietary", "");
    private final StringProperty accessibility = new SimpleStringProperty(this, "accessibility", "");

    LogisticsFields(Logistics l, MeetingChoices choices) {
        fundTravel.set(l.funding().travel());
        fundHotel.set(l.funding().hotel());
        fundPerDiem.set(l.funding().perDiem());
        arrival = new FlightFields("arrival", l.arrival());
        departure = new FlightFields("departure", l.departure());
        roomTypes.add("");
        roomTypes.addAll(ROOM_TYPES);
        l.hotelStay().ifPresent(h -> {
            checkIn.set(h.checkIn());
            checkOut.set(h.checkOut());
            if (!roomTypes.contains(h.roomType())) {
                roomTypes.add(h.roomType());
            }
            roomType.set(h.roomType());
            booking.set(h.bookingReference());
        });
        visaNeeded.set(l.visa().needed());
        letterRequested.set(l.visa().letterRequested());
        letterIssued.set(l.visa().letterIssued());
        embassy.set(l.visa().embassy());
        l.passportData().ifPresent(p -> {
            passportNumber.set(p.number());
            nationality.set(choices.country(p.nationality()).orElse(null));
            passportExpiry.set(p.expiry());
            birthDate.set(p.birthDate());
        });
        dietary.set(l.dietary());
        accessibility.set(l.accessibility());
    }

    /** The logistics as typed; problems of flights typed wrongly are added. */
    Logistics typed(List<Problem> problems) {
        Logistics.Flight in = arrival.typed(problems);
        Logistics.Flight out = departure.typed(problems);
        String room = roomType.get() == null ? "" : roomType.get();
        Logistics.HotelStay hotel = checkIn.get() == null && checkOut.get() == null && room.isBlank()
                && booking.get().isBlank() ? null
                : new Logistics.HotelStay(checkIn.get(), checkOut.get(), room, booking.get());
        Logistics.Visa visa = new Logistics.Visa(visaNeeded.get(), visaNeeded.get() ? letterRequested.get() : null,
                visaNeeded.get() ? letterIssued.get() : null, visaNeeded.get() ? embassy.get() : "");
        return new Logistics(new Logistics.Funding(fundTravel.get(), fundHotel.get(), fundPerDiem.get()), in, out,
                hotel, visa, passport(), dietary.get(), accessibility.get());
    }

    private Logistics.Passport passport() {
        if (!passportWanted.get() || passportNumber.get().isBlank() && nationality.get() == null
                && passportExpiry.get() == null && birthDate.get() == null) {
            return null;
        }
        return new Logistics.Passport(passportNumber.get(), nationality.get() == null ? "" : nationality.get().code(),
                passportExpiry.get(), birthDate.get());
    }

    public BooleanProperty fundTravelProperty() {
        return fundTravel;
    }

    public BooleanProperty fundHotelProperty() {
        return fundHotel;
    }

    public BooleanProperty fundPerDiemProperty() {
        return fundPerDiem;
    }

    public FlightFields arrival() {
        return arrival;
    }

    public FlightFields departure() {
        return departure;
    }

    public ObjectProperty<LocalDate> checkInProperty() {
        return checkIn;
    }

    public ObjectProperty<LocalDate> checkOutProperty() {
        return checkOut;
    }

    /** The room types to choose from, the first being none. */
    public ObservableList<String> roomTypes() {
        return roomTypes;
    }

    public ObjectProperty<String> roomTypeProperty() {
        return roomType;
    }

    public StringProperty bookingProperty() {
        return booking;
    }

    public BooleanProperty visaNeededProperty() {
        return visaNeeded;
    }

    public ObjectProperty<LocalDate> letterRequestedProperty() {
        return letterRequested;
    }

    public ObjectProperty<LocalDate> letterIssuedProperty() {
        return letterIssued;
    }

    public StringProperty embassyProperty() {
        return embassy;
    }

    /** True while a visa letter is needed: only then is passport data kept. */
    public BooleanBinding passportWanted() {
        return passportWanted;
    }

    public StringProperty passportNumberProperty() {
        return passportNumber;
    }

    public ObjectProperty<Country> nationalityProperty() {
        return nationality;
    }

    public ObjectProperty<LocalDate> passportExpiryProperty() {
        return passportExpiry;
    }

    public ObjectProperty<LocalDate> birthDateProperty() {
        return birthDate;
    }

    public StringProperty dietaryProperty() {
        return dietary;
    }

    public StringProperty accessibilityProperty() {
        return accessibility;
    }
}
