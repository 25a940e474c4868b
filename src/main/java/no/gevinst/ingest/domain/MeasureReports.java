package no.gevinst.ingest.domain;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import java.util.Date;
import java.util.List;
import no.gevinst.indicator.MeasurementInput;
import no.gevinst.indicator.MeasurementIntake;
import no.gevinst.indicator.MeasurementIntake.IntakeRow;
import no.gevinst.indicator.MeasurementSource;
import no.gevinst.indicator.RecordResult;
import no.gevinst.shared.FieldViolation;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.NorwegianTime;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.MeasureReport;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportGroupComponent;
import org.springframework.stereotype.Service;

/**
 * Takes FHIR R4 MeasureReports from health record systems: {@code measure} names the indicator by its canonical
 * URL, {@code period} the period, the first group's {@code measureScore} (or its first population's count) the
 * value, and {@code reporter} the organisation by its organisation number.
 */
@Service
public class MeasureReports {

    /** Enhetsregisteret's organisation numbers as FHIR names them. */
    static final String ORGANISATION_NUMBER_SYSTEM = "urn:oid:2.16.578.1.12.4.1.4.101";

    /** The largest MeasureReport taken, in characters: one report carries one value, so this is ample. */
    public static final int MAX_CHARACTERS = 1_000_000;

    // Building a FHIR context reads the whole R4 model; one is made, lazily, and shared.
    private static volatile FhirContext context;

    private final MeasurementIntake intake;

    MeasureReports(MeasurementIntake intake) {
        this.intake = intake;
    }

    public RecordResult ingest(String json) {
        MeasureReport report = parse(json);
        if (report.getStatus() != MeasureReport.MeasureReportStatus.COMPLETE) {
            throw invalid("status", "ingest.fhir.status");
        }
        String measure = report.getMeasure() == null ? "" : report.getMeasure().split("\\|")[0];
        MeasurementInput input = new MeasurementInput(
                value(report),
                date(report.getPeriod().getStart()),
                date(report.getPeriod().getEnd()),
                organisationNumber(report),
                "",
                "",
                "FHIR MeasureReport",
                "HIGH",
                report.hasIdentifier()
                        ? "MeasureReport " + report.getIdentifierFirstRep().getValue()
                        : "");
        return intake.record(
                List.of(new IntakeRow(1, measure, input)).iterator(),
                MeasurementSource.FHIR,
                MeasurementIntake.Progress.NONE);
    }

    private static MeasureReport parse(String json) {
        try {
            return fhir().newJsonParser().parseResource(MeasureReport.class, json);
        } catch (DataFormatException | ClassCastException | IllegalArgumentException | IllegalStateException e) {
            throw invalid("resource", "ingest.fhir.invalid", e.getMessage());
        }
    }

    private static String value(MeasureReport report) {
        if (!report.hasGroup()) {
            throw invalid("group", "ingest.fhir.noValue");
        }
        MeasureReportGroupComponent group = report.getGroupFirstRep();
        if (group.hasMeasureScore() && group.getMeasureScore().hasValue()) {
            return group.getMeasureScore().getValue().toPlainString();
        }
        if (group.hasPopulation() && group.getPopulationFirstRep().hasCount()) {
            return String.valueOf(group.getPopulationFirstRep().getCount());
        }
        throw invalid("group", "ingest.fhir.noValue");
    }

    private static String organisationNumber(MeasureReport report) {
        if (report.hasReporter() && report.getReporter().hasIdentifier()) {
            Identifier identifier = report.getReporter().getIdentifier();
            if (!identifier.hasSystem() || ORGANISATION_NUMBER_SYSTEM.equals(identifier.getSystem())) {
                return identifier.getValue();
            }
        }
        throw invalid("reporter", "ingest.fhir.reporter");
    }

    private static String date(Date date) {
        return date == null
                ? ""
                : date.toInstant().atZone(NorwegianTime.zone()).toLocalDate().toString();
    }

    private static InvalidInputException invalid(String field, String key, Object... arguments) {
        return new InvalidInputException(List.of(FieldViolation.of(field, key, arguments)));
    }

    private static FhirContext fhir() {
        if (context == null) {
            synchronized (MeasureReports.class) {
                if (context == null) {
                    context = FhirContext.forR4();
                }
            }
        }
        return context;
    }
}
