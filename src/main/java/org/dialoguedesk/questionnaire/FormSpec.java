package org.dialoguedesk.questionnaire;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.common.Localized;

/**
 * Everything needed to write one recipient's fillable workbook: which round, country and template
 * version it belongs to, who it goes to, the questionnaire's sections in the form language
 * ({@link #text} picks a text in that language, falling back as {@link Localized#in} does), and the
 * country's accepted answers of an earlier round that the form is pre-filled with.
 */
public record FormSpec(UUID roundId, String roundTitle, String dialogueName, LocalDate deadline,
                       String countryCode, String countryName, String focalPointName, UUID templateVersionId,
                       int templateVersionNumber, Lang lang, Instant generatedAt, List<Section> sections,
                       PreviousAnswers previous) {

    public FormSpec {
        Objects.requireNonNull(roundId, "roundId");
        Objects.requireNonNull(countryCode, "countryCode");
        Objects.requireNonNull(templateVersionId, "templateVersionId");
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(generatedAt, "generatedAt");
        roundTitle = roundTitle == null ? "" : roundTitle;
        dialogueName = dialogueName == null ? "" : dialogueName;
        countryName = countryName == null ? "" : countryName;
        focalPointName = focalPointName == null ? "" : focalPointName;
        sections = List.copyOf(sections);
        previous = previous == null ? PreviousAnswers.NONE : previous;
    }

    /** A form without answers carried over from an earlier round. */
    public FormSpec(UUID roundId, String roundTitle, String dialogueName, LocalDate deadline, String countryCode,
                    String countryName, String focalPointName, UUID templateVersionId, int templateVersionNumber,
                    Lang lang, Instant generatedAt, List<Section> sections) {
        this(roundId, roundTitle, dialogueName, deadline, countryCode, countryName, focalPointName, templateVersionId,
                templateVersionNumber, lang, generatedAt, sections, PreviousAnswers.NONE);
    }

    public String text(Localized localized) {
        return localized.in(lang);
    }

    /** {@code <round-slug>-<ISO3>-<lang>.xlsx}, e.g. {@code mtm-country-profiles-2025-MAR-fr.xlsx}. */
    public String fileName() {
        return slug(roundTitle) + "-" + countryCode + "-" + lang.code() + ".xlsx";
    }

    /** Lower case ASCII letters and digits joined by single hyphens; "round" when nothing is left. */
    static String slug(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.isEmpty() ? "round" : slug;
    }
}
