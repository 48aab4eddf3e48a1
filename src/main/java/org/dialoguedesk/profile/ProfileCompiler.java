package org.dialoguedesk.profile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.dialoguedesk.common.Localized;
import org.dialoguedesk.common.Problem;
import org.dialoguedesk.common.Transactions;
import org.dialoguedesk.common.ValidationException;

/**
 * Updates a profile from a round's accepted answers of its country, following the template's answer
 * mappings: figures become indicators (with their provenance), answer texts are inserted into the
 * source-language draft between marked comments ({@link AnswerBlocks}). {@link #plan} says exactly
 * what would change; {@link #apply} does it, in one transaction. Hand-written text is never touched,
 * and a mapping to a question the round does not have is reported, not followed.
 */
public final class ProfileCompiler {

    private final ProfileService profiles;
    private final ProfileTemplateRepository templates;
    private final RoundAnswers rounds;
    private final Transactions transactions;

    public ProfileCompiler(ProfileService profiles, ProfileTemplateRepository templates, RoundAnswers rounds,
                           Transactions transactions) {
        this.profiles = profiles;
        this.templates = templates;
        this.rounds = rounds;
        this.transactions = transactions;
    }

    public List<AnswerMapping> mappings(UUID templateId) {
        return templates.mappings(templateId);
    }

    public void saveMappings(UUID templateId, List<AnswerMapping> mappings) {
        transactions.run(() -> templates.saveMappings(templateId, mappings));
    }

    public CompilePlan plan(UUID profileId, UUID roundId) {
        Profile profile = profiles.existing(profileId);
        if (profile.kind() != ProfileKind.COUNTRY) {
            throw new ValidationException(List.of(Problem.of("profile", "profile.compile.problem.notCountry")));
        }
        String roundTitle = rounds.title(roundId).orElseThrow(() -> new ValidationException(List.of(
                Problem.of("round", "profile.compile.problem.roundUnknown"))));
        Set<String> questions = rounds.questionCodes(roundId);
        Map<String, RoundAnswers.Accepted> accepted = rounds.accepted(roundId, profile.countryCode()).stream()
                .collect(Collectors.toMap(RoundAnswers.Accepted::questionCode, a -> a));
        List<Indicator> current = profiles.indicators(profileId);
        Map<UUID, String> sectionCodes = profiles.sections(profileId).stream()
                .collect(Collectors.toMap(ProfileSection::id, ProfileSection::code));
        List<CompilePlan.IndicatorChange> indicatorChanges = new ArrayList<>();
        List<CompilePlan.TextChange> textChanges = new ArrayList<>();
        List<Problem> skipped = new ArrayList<>();
        for (AnswerMapping m : templates.mappings(profile.templateId())) {
            if (!questions.contains(m.questionCode())) {
                skipped.add(Problem.of(m.questionCode(), "profile.compile.problem.questionGone", m.questionCode()));
                continue;
            }
            if (!sectionCodes.containsValue(m.sectionCode())) {
                skipped.add(Problem.of(m.questionCode(), "profile.compile.problem.sectionGone", m.sectionCode()));
                continue;
            }
            RoundAnswers.Accepted a = accepted.get(m.questionCode());
            if (a == null) {
                continue; // not answered, or not accepted yet: nothing to take
            }
            String provenance = profile.countryCode() + " \u00b7 " + roundTitle + " \u00b7 " + a.questionCode()
                    + " \u00b7 accepted " + a.acceptedOn();
            if (m.target() == AnswerMapping.Target.TEXT) {
                text(profile, m, a, profile.countryCode() + " \u00b7 " + roundTitle + " \u00b7 accepted "
                        + a.acceptedOn()).ifPresent(textChanges::add);
            } else {
                for (Indicator figure : figures(m, a, provenance, roundId, skipped)) {
                    Optional<Indicator> same = current.stream().filter(i -> sectionCodes.get(i.sectionId())
                            .equals(m.sectionCode()) && i.code().equals(figure.code()) && i.year() == figure.year())
                            .findFirst();
                    // a figure already there keeps its labels, source and note unless the answer brings its own
                    Indicator merged = same.map(i -> new Indicator(null, i.sectionId(), i.position(), i.code(),
                            i.label(), i.year(), figure.value(), figure.unit().isEmpty() ? i.unit() : figure.unit(),
                            i.source(), i.sourceUrl(), figure.note().isEmpty() ? i.note() : figure.note(),
                            figure.provenance())).orElse(figure);
                    boolean changes = same.isEmpty() || !sameNumber(same.get().value(), figure.value())
                            || !same.get().note().equals(merged.note());
                    if (changes) {
                        indicatorChanges.add(new CompilePlan.IndicatorChange(m.sectionCode(), merged,
                                same.map(Indicator::value).orElse(""), same.map(Indicator::note).orElse("")));
                    }
                }
            }
        }
        return new CompilePlan(profileId, roundId, profile.countryCode(), indicatorChanges, textChanges, skipped);
    }

    /** Applies a plan made just before; a plan is applied whole or not at all. */
    public void apply(CompilePlan plan) {
        transactions.run(() -> {
            for (CompilePlan.IndicatorChange c : plan.indicators()) {
                profiles.saveIndicator(plan.profileId(), c.sectionCode(), c.after());
            }
            for (CompilePlan.TextChange t : plan.texts()) {
                // the block goes into the text as it is now: whatever the drafters wrote meanwhile stays
                String current = profiles.text(plan.profileId(), t.sectionCode(), t.lang()).map(SectionText::markdown)
                        .orElse("");
                profiles.saveText(plan.profileId(), t.sectionCode(), t.lang(),
                        AnswerBlocks.put(current, t.questionCode(), t.after()));
            }
        });
    }

    private Optional<CompilePlan.TextChange> text(Profile profile, AnswerMapping m, RoundAnswers.Accepted a,
                                                  String provenance) {
        String answer = a.values().getOrDefault(a.questionCode(), "").strip();
        if (answer.isEmpty()) {
            return Optional.empty();
        }
        String before = profiles.text(profile.id(), m.sectionCode(), profile.sourceLanguage())
                .map(SectionText::markdown).orElse("");
        String after = AnswerBlocks.put(before, a.questionCode(), AnswerBlocks.block(a.questionCode(), provenance,
                answer));
        return after.equals(before) ? Optional.empty() : Optional.of(new CompilePlan.TextChange(m.sectionCode(),
                profile.sourceLanguage(), a.questionCode(), AnswerBlocks.find(before, a.questionCode()),
                AnswerBlocks.find(after, a.questionCode())));
    }

    /** A table's rows by year, or a simple number for the round's reference year. */
    private List<Indicator> figures(AnswerMapping m, RoundAnswers.Accepted a, String provenance, UUID roundId,
                                    List<Problem> skipped) {
        List<Indicator> figures = new ArrayList<>();
        if ("TABLE".equals(a.type())) {
            for (RoundAnswers.Option row : a.rows()) {
                for (RoundAnswers.Option column : a.columns()) {
                    String value = a.values().get(a.questionCode() + ":" + row.code() + ":" + column.code());
                    Optional<Integer> year = year(column.code());
                    if (value != null && year.isPresent()) {
                        figures.add(indicator(m.indicatorCode() + "_" + row.code(), joined(a.label(), row.label()),
                                year.get(), value, m, a, provenance));
                    }
                }
            }
        } else {
            String value = a.values().get(a.questionCode());
            if (value != null && isNumber(value)) {
                figures.add(indicator(m.indicatorCode(), a.label(), rounds.referenceYear(roundId), value, m, a,
                        provenance));
            } else if (value != null) {
                skipped.add(Problem.of(a.questionCode(), "profile.compile.problem.notAFigure", a.questionCode(), value));
            }
        }
        return figures;
    }

    private static Indicator indicator(String code, Localized label, int year, String value, AnswerMapping m,
                                       RoundAnswers.Accepted a, String provenance) {
        return new Indicator(null, UUID.randomUUID(), 0, code, label, year, value, m.unit(), "",
                "", a.note(), provenance);
    }

    private static Localized joined(Localized a, Localized b) {
        return new Localized(a.en() + " \u2014 " + b.en(), a.fr() + " \u2014 " + b.fr(), a.ar() + " \u2014 " + b.ar());
    }

    /** The year a column stands for: its four digits ({@code y2019} is 2019), if any. */
    static Optional<Integer> year(String columnCode) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(19|20)\\d\\d").matcher(columnCode);
        return m.find() ? Optional.of(Integer.parseInt(m.group())) : Optional.empty();
    }

    private static boolean sameNumber(String a, String b) {
        try {
            return new BigDecimal(a).compareTo(new BigDecimal(b)) == 0;
        } catch (NumberFormatException e) {
            return a.equals(b);
        }
    }

    private static boolean isNumber(String value) {
        try {
            new BigDecimal(value);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
