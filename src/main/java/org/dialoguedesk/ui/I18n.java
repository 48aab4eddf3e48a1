package org.dialoguedesk.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.geometry.NodeOrientation;
import javafx.util.StringConverter;
import org.dialoguedesk.common.BundleException;
import org.dialoguedesk.common.DeskException;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.common.Localized;
import org.dialoguedesk.common.Messages;
import org.dialoguedesk.common.Problem;
import org.dialoguedesk.common.ValidationException;
import org.dialoguedesk.common.table.TableFormatException;

/**
 * The window's texts in the chosen language, and what follows from the language: layout direction
 * and date format. One instance per language; switching language builds the screens anew.
 */
public final class I18n {

    private final Messages messages;
    private final DateTimeFormatter dates;

    public I18n(Lang lang) {
        this.messages = new Messages(lang);
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(lang.locale());
    }

    public Lang lang() {
        return messages.lang();
    }

    public String get(String key, Object... args) {
        return messages.get(key, args);
    }

    /**
     * The text of a key the bundles may not have, without arguments: for names made from data rather than
     * written in the code (a record field's {@code field.<column>}), where a missing key is to be expected.
     */
    public Optional<String> find(String key) {
        return messages.bundle().containsKey(key) ? Optional.of(messages.get(key)) : Optional.empty();
    }

    public String name(Enum<?> value) {
        return value == null ? "" : messages.name(value);
    }

    public String text(Localized text) {
        return text == null ? "" : text.in(lang());
    }

    public String date(LocalDate date) {
        // Arabic formats carry bidi marks that JavaFX draws as boxes; the digits order themselves
        return date == null ? "" : dates.format(date).replace("\u200f", "").replace("\u061c", "");
    }

    /**
     * How date pickers show and read a date: day/month/year in every language (the convention of
     * the dialogues' European, African and Arab partners alike, instead of the JDK's US order for
     * English); an ISO date (2008-06-30) is accepted too. Unreadable text is refused as the
     * picker's own converter would, leaving the value unchanged.
     */
    public StringConverter<LocalDate> dateConverter() {
        DateTimeFormatter shown = DateTimeFormatter.ofPattern("dd/MM/uuuu");
        DateTimeFormatter typed = DateTimeFormatter.ofPattern("d/M/uuuu");
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : shown.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                String t = text.strip();
                return t.contains("-") ? LocalDate.parse(t) : LocalDate.parse(t, typed);
            }
        };
    }

    public String format(Problem problem) {
        return messages.format(problem);
    }

    public NodeOrientation orientation() {
        return lang().isRightToLeft() ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT;
    }

    /**
     * What to tell the officer about a failed job: the problems of a refusal, a refused bundle's reason in
     * this language, else the exception's own message.
     */
    public String describe(Throwable error) {
        if (error instanceof BundleException b) {
            return b.localized(messages);
        }
        if (error instanceof ValidationException v) {
            return joined(v.problems());
        }
        if (error instanceof TableFormatException t && t.problem().isPresent()) {
            return format(t.problem().get());
        }
        if (error instanceof DeskException) {
            return error.getMessage();
        }
        return get("ui.error.unexpected", String.valueOf(error.getMessage()));
    }

    public String joined(List<Problem> problems) {
        return problems.stream().map(this::format).collect(Collectors.joining("\n"));
    }
}
