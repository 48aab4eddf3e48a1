package org.dialoguedesk.meeting.ui;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.dialoguedesk.common.Problem;
import org.dialoguedesk.meeting.Logistics.Flight;

/** One flight of a participant (arrival or departure) as typed: number, day, time and airport. */
public final class FlightFields {

    private final String field;
    private final StringProperty number = new SimpleStringProperty(this, "number", "");
    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>(this, "day");
    private final StringProperty time = new SimpleStringProperty(this, "time", "");
    private final StringProperty airport = new SimpleStringProperty(this, "airport", "");

    /** @param field the problem field of this flight: {@code arrival} or {@code departure} */
    FlightFields(String field, Flight flight) {
        this.field = field;
        if (flight != null) {
            number.set(flight.number());
            airport.set(flight.airport());
            if (flight.at() != null) {
                day.set(flight.at().toLocalDate());
                time.set(TypedTimes.shown(flight.at().toLocalTime()));
            }
        }
    }

    /** No flight when nothing is typed; a day without its time (or the reverse) is refused. */
    Flight typed(List<Problem> problems) {
        int before = problems.size();
        Optional<LocalTime> at = TypedTimes.read(field, time.get(), problems);
        if (problems.size() > before) {
            return null;
        }
        if (at.isPresent() != (day.get() != null)) {
            problems.add(Problem.of(field, "meeting.edit.error.flightWhen"));
            return null;
        }
        if (at.isEmpty() && blank(number.get()) && blank(airport.get())) {
            return null;
        }
        return new Flight(number.get(), at.map(t -> day.get().atTime(t)).orElse(null), airport.get());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public StringProperty numberProperty() {
        return number;
    }

    public ObjectProperty<LocalDate> dayProperty() {
        return day;
    }

    public StringProperty timeProperty() {
        return time;
    }

    public StringProperty airportProperty() {
        return airport;
    }
}
