package org.dialoguedesk.questionnaire;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The status board of a round on one day: how many recipients are in each status, the share that
 * answered (ANSWER_PARTIAL or beyond), and who is overdue (deadline passed, nothing came back).
 */
public record RoundBoard(Round round, LocalDate on, List<Line> lines) {

    /** One recipient as the board shows it. */
    public record Line(Recipient recipient, boolean overdue) {

        public String countryCode() {
            return recipient.countryCode();
        }

        public RecipientStatus status() {
            return recipient.status();
        }

        public LocalDate statusOn() {
            return recipient.statusOn();
        }
    }

    public RoundBoard {
        lines = List.copyOf(lines);
    }

    static RoundBoard of(Round round, List<Recipient> recipients, LocalDate on) {
        return new RoundBoard(round, on, recipients.stream().map(r -> new Line(r, r.isOverdue(round, on))).toList());
    }

    /** Every status with its count, zeros included, in the order of the exercise. */
    public Map<RecipientStatus, Integer> counts() {
        Map<RecipientStatus, Integer> counts = new EnumMap<>(RecipientStatus.class);
        for (RecipientStatus s : RecipientStatus.values()) {
            counts.put(s, 0);
        }
        lines.forEach(l -> counts.merge(l.status(), 1, Integer::sum));
        return Collections.unmodifiableMap(counts);
    }

    public int answered() {
        return (int) lines.stream().filter(l -> l.status().isAnswered()).count();
    }

    /** Answered recipients over all recipients, from 0 to 1; 0 for a round without recipients. */
    public double responseRate() {
        return lines.isEmpty() ? 0 : (double) answered() / lines.size();
    }

    public List<Line> overdue() {
        return lines.stream().filter(Line::overdue).toList();
    }
}
