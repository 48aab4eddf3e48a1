package org.dialoguedesk.questionnaire;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.common.Localized;

/**
 * What a printable, read-only questionnaire shows, in one language. It is made either for one
 * recipient of a round ({@link #of(FormSpec)}: round title, dialogue, country, focal point, deadline)
 * or blank from a template version ({@link #blank}: template title and version; country and focal
 * point left to be written in by hand). Both go through the same document writer, which leaves out
 * what is empty, so there is one code path for the two.
 */
public record PrintableQuestionnaire(Lang lang, String roundTitle, String templateKey, String templateTitle,
                                     int versionNumber,
                                     String dialogueName, String countryCode, String countryName,
                                     String focalPointName, Optional<LocalDate> deadline, Instant generatedAt,
                                     List<Section> sections) {

    public PrintableQuestionnaire {
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(generatedAt, "generatedAt");
        roundTitle = roundTitle == null ? "" : roundTitle;
        templateKey = templateKey == null ? "" : templateKey;
        templateTitle = templateTitle == null ? "" : templateTitle;
        dialogueName = dialogueName == null ? "" : dialogueName;
        countryCode = countryCode == null ? "" : countryCode;
        countryName = countryName == null ? "" : countryName;
        focalPointName = focalPointName == null ? "" : focalPointName;
        deadline = deadline == null ? Optional.empty() : deadline;
        sections = List.copyOf(sections);
    }

    /** The questionnaire of one recipient, in its form language, with the same content as its workbook. */
    public static PrintableQuestionnaire of(FormSpec form) {
        return new PrintableQuestionnaire(form.lang(), form.roundTitle(), "", "", form.templateVersionNumber(),
                form.dialogueName(), form.countryCode(), form.countryName(), form.focalPointName(),
                Optional.ofNullable(form.deadline()), form.generatedAt(), form.sections());
    }

    /** A blank questionnaire of a template version in one language, addressed to nobody. */
    public static PrintableQuestionnaire blank(Template template, TemplateVersion version, Lang lang,
                                               Instant generatedAt) {
        return new PrintableQuestionnaire(lang, "", template.key(), template.title().in(lang), version.number(), "", "", "", "",
                Optional.empty(), generatedAt, version.sections());
    }

    /** True for a recipient's copy, false for a blank one. */
    public boolean isForRecipient() {
        return !countryCode.isEmpty();
    }

    public String text(Localized localized) {
        return localized.in(lang);
    }

    /**
     * {@code <round-slug>-<ISO3>-<lang>.docx} for a recipient's copy (the name of its workbook with
     * another extension), {@code <template-key-slug>-v<N>-<lang>.docx} for a blank one.
     */
    public String fileName() {
        String stem = isForRecipient() ? FormSpec.slug(roundTitle) + "-" + countryCode
                : FormSpec.slug(templateKey) + "-v" + versionNumber;
        return stem + "-" + lang.code() + ".docx";
    }
}
