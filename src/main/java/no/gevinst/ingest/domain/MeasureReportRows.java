package no.gevinst.ingest.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import no.gevinst.indicator.Indicator;
import no.gevinst.indicator.MeasurementInput;
import no.gevinst.shared.NorwegianTime;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.MeasureReport;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportGroupComponent;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportGroupPopulationComponent;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportGroupStratifierComponent;
import org.hl7.fhir.r4.model.MeasureReport.StratifierGroupComponent;
import org.hl7.fhir.r4.model.MeasureReport.StratifierGroupPopulationComponent;
import org.hl7.fhir.r4.model.Quantity;

/**
 * What one MeasureReport records: the first group's value for the reporting organisation, and each stratum whose
 * code is one of its units' organisation numbers for that unit; or the problems that keep it from being recorded,
 * each named by its FHIRPath. The value is {@code measureScore}, or, when absent, numerator / denominator (times
 * 100 for an indicator measured in per cent), with the counts kept in the measurement's comment as provenance.
 */
final class MeasureReportRows {

    /** A row to record and where in the request it came from. */
    record Mapped(String measure, MeasurementInput input, String root, String valueExpression) {}

    /** An issue, and the intake field whose own complaint it makes needless (null for none). */
    record Problem(FhirIssue issue, String field) {}

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final ReportingOrganisations organisations;
    private final Function<String, Optional<Indicator>> indicators;
    final List<Mapped> rows = new ArrayList<>();
    final List<Problem> problems = new ArrayList<>();

    MeasureReportRows(ReportingOrganisations organisations, Function<String, Optional<Indicator>> indicators) {
        this.organisations = organisations;
        this.indicators = indicators;
    }

    /** Maps one report, found at {@code root} (MeasureReport, or Bundle.entry[n].resource). */
    void add(MeasureReport report, String root) {
        if (report.getStatus() != MeasureReport.MeasureReportStatus.COMPLETE) {
            problem(root + ".status", "ingest.fhir.status", null);
        }
        boolean individual = report.getType() == MeasureReport.MeasureReportType.INDIVIDUAL
                || report.getType() == MeasureReport.MeasureReportType.SUBJECTLIST;
        if (individual) {
            problem(
                    root + ".type",
                    "ingest.fhir.individual",
                    "value",
                    report.getType().toCode());
        }
        String measure =
                report.hasMeasure() ? report.getMeasure().split("\\|")[0].strip() : "";
        if (measure.isEmpty()) {
            problem(root + ".measure", "ingest.fhir.measure", "indicator");
        }
        Optional<String> reporter = organisations.reporter(report);
        if (reporter.isEmpty()) {
            problem(root + ".reporter", "ingest.fhir.reporter", "organisation");
        }
        if (!report.hasGroup()) {
            problem(root + ".group", "ingest.fhir.noValue", "value");
            add(measure, report, reporter.orElse(""), "", "", root, root + ".group");
            return;
        }
        MeasureReportGroupComponent group = report.getGroupFirstRep();
        Optional<Indicator> indicator = measure.isEmpty() ? Optional.empty() : indicators.apply(measure);
        Value value = individual
                ? new Value("", "")
                : value(group.getMeasureScore(), counts(group.getPopulation()), indicator, root + ".group[0]");
        add(measure, report, reporter.orElse(""), value.value, value.provenance, root, root + ".group[0]");
        if (!individual && reporter.isPresent()) {
            strata(report, group, measure, reporter.get(), indicator, root);
        }
    }

    private void strata(
            MeasureReport report,
            MeasureReportGroupComponent group,
            String measure,
            String reporter,
            Optional<Indicator> indicator,
            String root) {
        List<MeasureReportGroupStratifierComponent> stratifiers = group.getStratifier();
        for (int s = 0; s < stratifiers.size(); s++) {
            List<StratifierGroupComponent> strata = stratifiers.get(s).getStratum();
            for (int t = 0; t < strata.size(); t++) {
                StratifierGroupComponent stratum = strata.get(t);
                Optional<String> unit = organisations.unit(reporter, code(stratum.getValue()));
                if (unit.isPresent()) {
                    String path = root + ".group[0].stratifier[" + s + "].stratum[" + t + "]";
                    Value value = value(stratum.getMeasureScore(), strataCounts(stratum), indicator, path);
                    add(measure, report, unit.get(), value.value, value.provenance, root, path);
                }
            }
        }
    }

    private void add(
            String measure,
            MeasureReport report,
            String organisation,
            String value,
            String provenance,
            String root,
            String valueExpression) {
        String id = report.hasIdentifier()
                ? report.getIdentifierFirstRep().getValue()
                : report.getIdElement().getIdPart();
        String comment = ("MeasureReport " + (id == null ? "" : id)).strip() + provenance;
        MeasurementInput input = new MeasurementInput(
                value,
                date(report.getPeriod().getStart()),
                date(report.getPeriod().getEnd()),
                organisation,
                "",
                "",
                "FHIR MeasureReport",
                "HIGH",
                comment);
        rows.add(new Mapped(measure, input, root, valueExpression));
    }

    private record Value(String value, String provenance) {}

    private record Counts(Integer numerator, Integer denominator) {

        String provenance() {
            if (numerator == null && denominator == null) {
                return "";
            }
            return "; numerator " + (numerator == null ? "-" : numerator) + ", denominator "
                    + (denominator == null ? "-" : denominator);
        }
    }

    private Value value(Quantity score, Counts counts, Optional<Indicator> indicator, String path) {
        if (score != null && score.hasValue()) {
            return new Value(score.getValue().toPlainString(), counts.provenance());
        }
        if (counts.numerator() == null || counts.denominator() == null) {
            problem(path + ".measureScore", "ingest.fhir.noValue", "value");
            return new Value("", "");
        }
        if (counts.denominator() == 0) {
            problem(path + ".population", "ingest.fhir.zeroDenominator", "value");
            return new Value("", counts.provenance());
        }
        boolean percent = indicator.map(i -> isPercent(i.unit())).orElse(false);
        BigDecimal ratio = BigDecimal.valueOf(counts.numerator())
                .multiply(percent ? HUNDRED : BigDecimal.ONE)
                .divide(BigDecimal.valueOf(counts.denominator()), 4, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        return new Value(ratio.toPlainString(), counts.provenance());
    }

    private static boolean isPercent(String unit) {
        String u = unit == null ? "" : unit.strip().toLowerCase(Locale.ROOT);
        return u.equals("%") || u.startsWith("prosent") || u.startsWith("percent");
    }

    private static Counts counts(List<MeasureReportGroupPopulationComponent> populations) {
        Integer numerator = null;
        Integer denominator = null;
        for (MeasureReportGroupPopulationComponent p : populations) {
            String code = code(p.getCode());
            if (p.hasCount() && "numerator".equals(code)) {
                numerator = p.getCount();
            } else if (p.hasCount() && "denominator".equals(code)) {
                denominator = p.getCount();
            }
        }
        return new Counts(numerator, denominator);
    }

    private static Counts strataCounts(StratifierGroupComponent stratum) {
        Integer numerator = null;
        Integer denominator = null;
        for (StratifierGroupPopulationComponent p : stratum.getPopulation()) {
            String code = code(p.getCode());
            if (p.hasCount() && "numerator".equals(code)) {
                numerator = p.getCount();
            } else if (p.hasCount() && "denominator".equals(code)) {
                denominator = p.getCount();
            }
        }
        return new Counts(numerator, denominator);
    }

    private static String code(CodeableConcept concept) {
        if (concept == null) {
            return "";
        }
        return concept.hasCoding() && concept.getCodingFirstRep().hasCode()
                ? concept.getCodingFirstRep().getCode()
                : concept.getText() == null ? "" : concept.getText();
    }

    private void problem(String expression, String key, String field, Object... arguments) {
        problems.add(new Problem(
                FhirIssue.of(key.endsWith("noValue") ? "required" : "business-rule", expression, key, arguments),
                field));
    }

    private static String date(Date date) {
        return date == null
                ? ""
                : date.toInstant().atZone(NorwegianTime.zone()).toLocalDate().toString();
    }
}
