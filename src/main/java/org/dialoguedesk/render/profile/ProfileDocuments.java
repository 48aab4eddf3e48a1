package org.dialoguedesk.render.profile;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.common.Messages;
import org.dialoguedesk.profile.Access;
import org.dialoguedesk.profile.ComparisonTable;
import org.dialoguedesk.profile.Indicator;
import org.dialoguedesk.profile.IndicatorChartPlan;
import org.dialoguedesk.profile.ProfileExport;
import org.dialoguedesk.profile.Source;
import org.dialoguedesk.render.doc.Block;
import org.dialoguedesk.render.doc.ChartSpec;
import org.dialoguedesk.render.doc.Doc;
import org.dialoguedesk.render.doc.DocInfo;
import org.dialoguedesk.render.doc.MarkdownBlocks;
import org.dialoguedesk.render.doc.Span;

/**
 * A profile export as a document: a cover (title, kind and dialogue, language, edition, access, what
 * it contains and, in a public edition, what it leaves out), the contents, each section numbered with
 * its text, its figures as a table with their sources and notes and as charts, then every source.
 */
public final class ProfileDocuments {

    private ProfileDocuments() {
    }

    public static Doc of(ProfileExport export) {
        Lang lang = export.lang();
        Messages m = new Messages(lang);
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(lang.locale())
                .withDecimalStyle(DecimalStyle.STANDARD);
        String title = export.profile().title().in(lang);
        String mark = export.restricted() ? m.get("profile.render.restricted") : "";
        String edition = edition(export, m, dates);
        DocInfo info = new DocInfo(title, m.get("profile.render.author", export.dialogue()),
                m.name(export.profile().kind()), lang, LocalDateTime.of(export.printedOn(), LocalTime.NOON),
                title + " \u00b7 " + edition, mark, m.get("profile.render.pageOf", "{0}", "{1}"),
                m.get("profile.render.contents"));
        List<Block> blocks = new ArrayList<>();
        cover(export, m, edition, mark, blocks);
        blocks.add(new Block.PageBreak());
        blocks.add(new Block.Contents());
        blocks.add(new Block.PageBreak());
        int n = 0;
        for (ProfileExport.Part part : export.sections()) {
            n++;
            section(export, part, String.valueOf(n), m, blocks);
        }
        sources(export, m, dates, blocks);
        return new Doc(info, blocks);
    }

    private static String edition(ProfileExport export, Messages m, DateTimeFormatter dates) {
        ProfileExport.Edition e = export.edition();
        String printed = dates.format(export.printedOn());
        if (!e.draft()) {
            return m.get("profile.render.version", e.number(), dates.format(e.publishedOn()));
        }
        return e.number() == 0 ? m.get("profile.render.draft", printed)
                : m.get("profile.render.draftAfter", e.number(), dates.format(e.publishedOn()), printed);
    }

    private static void cover(ProfileExport export, Messages m, String edition, String mark, List<Block> blocks) {
        Lang lang = export.lang();
        blocks.add(Block.Para.of(Block.Style.TITLE, export.profile().title().in(lang)));
        blocks.add(Block.Para.of(Block.Style.SUBTITLE, export.dialogue().isEmpty() ? m.name(export.profile().kind())
                : m.get("profile.render.kindDialogue", m.name(export.profile().kind()), export.dialogue())));
        if (!mark.isEmpty()) {
            blocks.add(Block.Para.of(Block.Style.MARK, mark));
        }
        if (!export.countries().isEmpty()) {
            blocks.add(Block.Para.of(Block.Style.COVER, m.get("profile.render.route",
                    String.join(m.get("profile.render.listSeparator"), export.countries()))));
        }
        String place = export.profile().place().in(lang);
        if (!place.isBlank()) {
            blocks.add(Block.Para.of(Block.Style.COVER, m.get("profile.render.place", place)));
        }
        blocks.add(Block.Para.of(Block.Style.COVER, m.get("profile.render.language", m.name(lang))));
        blocks.add(Block.Para.of(Block.Style.COVER, edition));
        blocks.add(Block.Para.of(Block.Style.COVER, m.get("profile.render.access",
                m.name(export.restricted() ? Access.RESTRICTED : Access.PUBLIC))));
        List<String> contained = new ArrayList<>();
        int n = 0;
        for (ProfileExport.Part p : export.sections()) {
            contained.add(++n + " " + p.title());
        }
        blocks.add(Block.Para.of(Block.Style.NOTE, m.get("profile.render.contains",
                contained.isEmpty() ? m.get("profile.render.nothing")
                        : String.join(m.get("profile.render.listSeparator"), contained))));
        if (!export.leftOut().isEmpty()) {
            blocks.add(Block.Para.of(Block.Style.NOTE, m.get("profile.render.leftOut",
                    String.join(m.get("profile.render.listSeparator"), export.leftOut()))));
        }
    }

    private static void section(ProfileExport export, ProfileExport.Part part, String number, Messages m,
                                List<Block> blocks) {
        String anchor = "s-" + part.code();
        blocks.add(new Block.Heading(1, number, part.title(), anchor));
        if (part.translated()) {
            blocks.addAll(MarkdownBlocks.of(part.markdown(), number, anchor));
        } else {
            blocks.add(Block.Para.of(Block.Style.NOTE, m.get("profile.render.notTranslated", m.name(export.lang()))));
        }
        if (part.indicators().isEmpty()) {
            return;
        }
        blocks.add(new Block.Heading(2, number + "." + (1 + headingsIn(blocks, number)),
                m.get("profile.render.indicators"), anchor + "-figures"));
        blocks.add(figures(part.indicators(), export.lang(), m));
        for (IndicatorChartPlan plan : part.charts()) {
            // a single figure is better read in the table than drawn as one bar
            if (plan.series().stream().mapToInt(s -> s.points().size()).sum() > 1) {
                blocks.add(new Block.Chart(chart(plan, new ComparisonTable(export.lang()))));
            }
        }
    }

    /** How many level-2 headings the section numbered {@code number} already has. */
    private static int headingsIn(List<Block> blocks, String number) {
        return (int) blocks.stream().filter(b -> b instanceof Block.Heading h && h.level() == 2
                && h.number().startsWith(number + ".")).count();
    }

    private static Block.Table figures(List<Indicator> indicators, Lang lang, Messages m) {
        List<List<List<Span>>> rows = new ArrayList<>();
        rows.add(List.of(cell(m.get("profile.render.col.indicator")), cell(m.get("profile.render.col.year")),
                cell(m.get("profile.render.col.value")), cell(m.get("profile.render.col.unit")),
                cell(m.get("profile.render.col.source")), cell(m.get("profile.render.col.note"))));
        ComparisonTable words = new ComparisonTable(lang);
        for (Indicator i : indicators) {
            String source = i.source().isEmpty() ? i.sourceUrl() : i.source();
            rows.add(List.of(cell(i.label().in(lang)), cell(String.valueOf(i.year())),
                    cell(ComparisonTable.number(i.value(), lang)), cell(words.unit(i.unit())),
                    List.of(new Span(source, Span.Ink.PLAIN, i.sourceUrl())), cell(i.note())));
        }
        return new Block.Table(rows, 1);
    }

    private static List<Span> cell(String text) {
        return List.of(Span.plain(text));
    }

    /** The plan's series laid on its categories; a year a series has no figure for is a gap. */
    static ChartSpec chart(IndicatorChartPlan plan, ComparisonTable words) {
        List<ChartSpec.Series> series = new ArrayList<>();
        for (IndicatorChartPlan.Series s : plan.series()) {
            List<Double> values = new ArrayList<>();
            for (String category : plan.categories()) {
                values.add(s.points().stream().filter(p -> p.category().equals(category)).findFirst()
                        .map(IndicatorChartPlan.Point::value).orElse(null));
            }
            series.add(new ChartSpec.Series(s.label(), values));
        }
        String title = series.size() == 1 ? series.get(0).name() : "";
        return new ChartSpec(plan.kind() == IndicatorChartPlan.Kind.LINE ? ChartSpec.Kind.LINE : ChartSpec.Kind.BAR,
                title, words.unit(plan.unit()), plan.categories(), series);
    }

    private static void sources(ProfileExport export, Messages m, DateTimeFormatter dates, List<Block> blocks) {
        if (export.sources().isEmpty()) {
            return;
        }
        blocks.add(new Block.PageBreak());
        blocks.add(new Block.Heading(1, String.valueOf(export.sections().size() + 1), m.get("profile.render.sources"),
                "sources"));
        List<List<Block>> items = new ArrayList<>();
        for (Source s : export.sources()) {
            List<Span> spans = new ArrayList<>();
            spans.add(new Span(s.title().isEmpty() ? s.url() : s.title(), Span.Ink.PLAIN, s.isWebAddress() ? s.url() : ""));
            spans.add(Span.plain(" \u2014 "));
            spans.add(new Span(s.url(), Span.Ink.CODE, ""));
            s.accessedOn().ifPresent(d -> spans.add(Span.plain(" (" + m.get("profile.render.accessed",
                    dates.format(d)) + ")")));
            items.add(List.of(new Block.Para(Block.Style.BODY, spans)));
        }
        blocks.add(new Block.Items(true, items));
    }
}
