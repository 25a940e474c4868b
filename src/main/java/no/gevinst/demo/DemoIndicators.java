package no.gevinst.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.BenefitQuery;
import no.gevinst.benefit.Benefits;
import no.gevinst.indicator.BaselineInput;
import no.gevinst.indicator.Indicator;
import no.gevinst.indicator.IndicatorInput;
import no.gevinst.indicator.Indicators;
import no.gevinst.indicator.MeasurementInput;
import no.gevinst.indicator.MeasurementSource;
import no.gevinst.shared.NorwegianTime;
import no.gevinst.shared.OrganisationId;
import org.springframework.stereotype.Component;

/**
 * Indicators of the demo benefits with baselines, trajectories and a few years of measurements: some on track,
 * some behind, one stale. The figures are invented for the demo, shaped like the real ones would be.
 */
@Component
class DemoIndicators {

    private final Indicators indicators;
    private final Benefits benefits;

    DemoIndicators(Indicators indicators, Benefits benefits) {
        this.indicators = indicators;
        this.benefits = benefits;
    }

    void load(OrganisationId stOlav, OrganisationId bodo, String measurer) {
        Indicator errors = define(
                "Færre legemiddelfeil ved lukket legemiddelsløyfe",
                "Legemiddelavvik per 1 000 liggedøgn",
                "Meldte legemiddelavvik i avvikssystemet delt på liggedøgn, ganget med 1 000.",
                "per 1 000 liggedøgn",
                "LOWER_IS_BETTER",
                "MONTH",
                measurer,
                "https://helseplattformen.example.no/fhir/Measure/legemiddelavvik");
        baseline(errors, "4.2", "2019-01-01", "2019-12-31", false, null);
        trajectory(errors, "2023-12-31", "3.0", "2025-12-31", "2.0");
        // Falling from 3.9 by about 0.06 a month with a little noise: on track for 2.0 at the end of 2025.
        double[] monthlyErrors = new double[46];
        for (int k = 0; k < monthlyErrors.length; k++) {
            monthlyErrors[k] = Math.max(1.5, Math.round((3.9 - 0.06 * k + (k % 3 == 0 ? 0.1 : 0)) * 10) / 10.0);
        }
        monthly(errors, stOlav, YearMonth.of(2023, 1), monthlyErrors);

        Indicator documentation = define(
                "Redusert tid brukt på dokumentasjon per pasientkontakt",
                "Minutter dokumentasjon per pasientkontakt",
                "Median tid i journalen per poliklinisk kontakt, fra journalens brukslogg.",
                "minutter",
                "LOWER_IS_BETTER",
                "QUARTER",
                measurer,
                null);
        baseline(documentation, "18", "2019-07-01", "2019-09-30", false, null);
        trajectory(documentation, "2024-12-31", "15", "2025-12-31", "12");
        quarterly(documentation, stOlav, 2023, new double[] {
            19, 18.5, 18, 17.5, 17.4, 17.2, 17, 16.8, 16.7, 16.5, 16.4, 16.2, 16.1, 16.0, 15.9
        });

        Indicator portal = define(
                "Flere pasienter leser egen journal digitalt",
                "Andel pasienter som har brukt pasientportalen",
                "Pasienter med minst én innlogging siste 12 måneder, delt på pasienter med kontakt.",
                "prosent",
                "HIGHER_IS_BETTER",
                "QUARTER",
                measurer,
                null);
        baseline(portal, "0", "2022-10-01", "2022-11-11", true, "Pasientportalen fantes ikke før Helseplattformen.");
        trajectory(portal, "2024-12-31", "30", "2026-12-31", "60");
        quarterly(portal, stOlav, 2023, new double[] {10, 14, 18, 22, 27, 31, 35, 39, 43, 47, 50, 53, 56, 58, 61});

        Indicator controls = define(
                "Færre unødvendige polikliniske kontroller ved digital hjemmeoppfølging",
                "Polikliniske kontroller per pasient per år",
                "Kontroller per pasient i oppfølgingsgruppen (kols og hjertesvikt).",
                "kontroller",
                "LOWER_IS_BETTER",
                "YEAR",
                measurer,
                null);
        baseline(controls, "4.0", "2022-01-01", "2022-12-31", false, null);
        trajectory(controls, "2025-12-31", "3.0", "2027-12-31", "2.5");
        record(
                controls,
                stOlav,
                List.of(row("2023-01-01", "2023-12-31", "3.9"), row("2024-01-01", "2024-12-31", "3.8")));

        Indicator timeSaved = define(
                "Tidsbesparelse for helsepersonell som bruker digitale behandlings- og egenbehandlingsplaner",
                "Minutter spart per måned per behandler",
                "Selvrapportert og tidsstudert tidsbesparelse hos behandlere som bruker planen (seed 004: 25 minutter).",
                "minutter per måned",
                "HIGHER_IS_BETTER",
                "YEAR",
                null,
                "https://fhir.example.no/Measure/dbep-tidsbesparelse");
        baseline(timeSaved, "0", "2021-01-01", "2021-12-31", true, "Løsningen fantes ikke før piloten i 2022.");
        trajectory(timeSaved, "2030-12-31", "25");
        record(
                timeSaved,
                bodo,
                List.of(
                        row("2022-01-01", "2022-12-31", "3"),
                        row("2023-01-01", "2023-12-31", "6"),
                        row("2024-01-01", "2024-12-31", "9"),
                        row("2025-01-01", "2025-12-31", "12")));
    }

    private Indicator define(
            String benefitTitle,
            String name,
            String definition,
            String unit,
            String direction,
            String frequency,
            String measurer,
            String canonicalUrl) {
        Benefit benefit = benefits.list(BenefitQuery.all()).stream()
                .filter(b -> b.title().equals(benefitTitle))
                .findFirst()
                .orElseThrow();
        return indicators.create(new IndicatorInput(
                benefit.id().toString(),
                name,
                definition,
                unit,
                direction,
                "QUANTITATIVE",
                "Uttrekk fra journalsystemet",
                "Helseplattformen",
                frequency,
                measurer,
                "2",
                "5",
                "15",
                "PROGRAMME",
                null,
                "",
                canonicalUrl));
    }

    private void baseline(Indicator i, String value, String start, String end, boolean atGoLive, String reason) {
        indicators.setBaseline(
                i.id(),
                new BaselineInput(
                        value,
                        start,
                        end,
                        "Uttrekk",
                        "Kvalitetsregister og journaldata",
                        "",
                        "Mia Lund",
                        String.valueOf(atGoLive),
                        reason));
    }

    private void trajectory(Indicator i, String... datesAndValues) {
        List<String[]> points = new ArrayList<>();
        for (int k = 0; k < datesAndValues.length; k += 2) {
            points.add(new String[] {datesAndValues[k], datesAndValues[k + 1]});
        }
        indicators.setTrajectory(i.id(), points);
    }

    private void monthly(Indicator i, OrganisationId organisation, YearMonth first, double[] values) {
        List<MeasurementInput> rows = new ArrayList<>();
        for (int k = 0; k < values.length; k++) {
            YearMonth month = first.plusMonths(k);
            rows.add(row(month.atDay(1).toString(), month.atEndOfMonth().toString(), String.valueOf(values[k])));
        }
        record(i, organisation, rows);
    }

    private void quarterly(Indicator i, OrganisationId organisation, int firstYear, double[] values) {
        List<MeasurementInput> rows = new ArrayList<>();
        for (int k = 0; k < values.length; k++) {
            LocalDate start = LocalDate.of(firstYear, 1, 1).plusMonths(3L * k);
            rows.add(row(start.toString(), start.plusMonths(3).minusDays(1).toString(), String.valueOf(values[k])));
        }
        record(i, organisation, rows);
    }

    /** Records the rows whose period has ended, so that the demo never holds measurements of the future. */
    private void record(Indicator i, OrganisationId organisation, List<MeasurementInput> rows) {
        LocalDate today = NorwegianTime.today();
        List<MeasurementInput> past = rows.stream()
                .filter(r -> !LocalDate.parse(r.periodEnd()).isAfter(today))
                .map(r -> new MeasurementInput(
                        r.value(),
                        r.periodStart(),
                        r.periodEnd(),
                        organisation.toString(),
                        "",
                        "",
                        "Uttrekk",
                        "HIGH",
                        ""))
                .toList();
        indicators.record(i.id(), past, MeasurementSource.FILE);
    }

    private static MeasurementInput row(String start, String end, String value) {
        return new MeasurementInput(value, start, end, null, "", "", "", "HIGH", "");
    }
}
