package org.dialoguedesk.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.dialoguedesk.common.Lang;
import org.dialoguedesk.common.Localized;
import org.dialoguedesk.profile.IndicatorChartPlan.Kind;
import org.dialoguedesk.profile.IndicatorChartPlan.Point;
import org.junit.jupiter.api.Test;

class IndicatorChartPlanTest {

    private static final UUID SECTION = UUID.randomUUID();

    private static Indicator figure(String code, int year, String value, String unit) {
        return new Indicator(null, SECTION, 0, code, new Localized("Label " + code, "Libellé " + code,
                "مؤشر " + code), year, value, unit, "", "", "", "");
    }

    @Test
    void noFiguresMeanNoChart() {
        assertEquals(List.of(), IndicatorChartPlan.of(List.of(), Lang.EN));
    }

    @Test
    void figuresOverSeveralYearsMakeALineChartWithOneSeriesPerIndicatorInYearOrder() {
        List<IndicatorChartPlan> charts = IndicatorChartPlan.of(List.of(
                figure("entry_land", 2021, "9800", "persons"),
                figure("entry_land", 2019, "12400", "persons"),
                figure("exit_land", 2019, "18500", "persons"),
                figure("entry_land", 2020, "6900", "persons"),
                figure("exit_land", 2020, "9800", "persons")), Lang.FR);
        assertEquals(1, charts.size());
        IndicatorChartPlan chart = charts.get(0);
        assertEquals(Kind.LINE, chart.kind());
        assertEquals("persons", chart.unit());
        assertEquals(List.of("2019", "2020", "2021"), chart.categories());
        assertEquals(List.of("entry_land", "exit_land"), chart.series().stream().map(s -> s.code()).toList());
        assertEquals("Libellé entry_land", chart.series().get(0).label());
        assertEquals(List.of(new Point("2019", 12400), new Point("2020", 6900), new Point("2021", 9800)),
                chart.series().get(0).points());
    }

    @Test
    void figuresOfOneYearEachMakeBarChartsAndUnitsNeverShareAnAxis() {
        List<IndicatorChartPlan> charts = IndicatorChartPlan.of(List.of(
                figure("foreign_residents", 2024, "142500", "persons"),
                figure("foreign_residents_share", 2024, "0.4", "%")), Lang.AR);
        assertEquals(2, charts.size());
        assertTrue(charts.stream().allMatch(c -> c.kind() == Kind.BAR));
        assertEquals(List.of("persons", "%"), charts.stream().map(IndicatorChartPlan::unit).toList());
        assertEquals("مؤشر foreign_residents", charts.get(0).series().get(0).label());
        assertEquals(List.of("2024"), charts.get(1).categories());
    }

    @Test
    void seriesOfVeryDifferentSizesGoToSeparateChartsSoNoneIsDrawnFlat() {
        List<IndicatorChartPlan> charts = IndicatorChartPlan.of(List.of(
                figure("exit_sea", 2023, "54800", "persons"), figure("exit_sea", 2024, "53900", "persons"),
                figure("exit_land", 2023, "21400", "persons"), figure("exit_land", 2024, "24700", "persons"),
                figure("entry_sea", 2023, "50", "persons"), figure("entry_sea", 2024, "45", "persons")), Lang.EN);
        assertEquals(List.of(List.of("exit_sea", "exit_land"), List.of("entry_sea")), charts.stream()
                .map(c -> c.series().stream().map(IndicatorChartPlan.Series::code).toList()).toList());
    }

    @Test
    void aChartHoldsAtMostFiveSeries() {
        List<Indicator> figures = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            figures.add(figure("c" + i, 2023, String.valueOf(100 + i), "persons"));
            figures.add(figure("c" + i, 2024, String.valueOf(110 + i), "persons"));
        }
        List<IndicatorChartPlan> charts = IndicatorChartPlan.of(figures, Lang.EN);
        assertEquals(List.of(5, 2), charts.stream().map(c -> c.series().size()).toList());
        assertTrue(charts.stream().allMatch(c -> c.kind() == Kind.LINE));
    }

    @Test
    void aLabelMissingInTheChosenLanguageFallsBackToEnglish() {
        Indicator onlyEnglish = new Indicator(null, SECTION, 0, "x", Localized.of("Returns"), 2024, "3", "", "", "",
                "", "");
        assertEquals("Returns", IndicatorChartPlan.of(List.of(onlyEnglish), Lang.AR).get(0).series().get(0).label());
    }
}
