package no.gevinst.ingest.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import no.gevinst.indicator.Indicators;
import no.gevinst.indicator.MeasurementCommand;
import no.gevinst.indicator.MeasurementIntake;
import no.gevinst.indicator.MeasurementIntake.IntakeRow;
import no.gevinst.indicator.MeasurementSource;
import no.gevinst.indicator.RecordResult;
import no.gevinst.indicator.RowError;
import no.gevinst.indicator.RowsRejectedException;
import no.gevinst.organisation.Organisations;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.MeasureReport;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes FHIR R4 MeasureReports, one or a Bundle of them (transaction or batch), all or nothing: each is validated
 * against the R4 base, mapped ({@link MeasureReportRows}, {@link ReportingOrganisations}) and recorded through the
 * one measurement intake in one transaction. Every problem is collected, the validator's, the mapping's and the
 * intake's, each named by its FHIRPath, and refused together.
 */
@Service
public class MeasureReports {

    /** The largest resource taken, in characters: a report carries a few values, a Bundle a few hundred reports. */
    public static final int MAX_CHARACTERS = 1_000_000;

    private final MeasurementIntake intake;
    private final FhirResources fhir;
    private final Organisations organisations;
    private final Indicators indicators;

    MeasureReports(MeasurementIntake intake, FhirResources fhir, Organisations organisations, Indicators indicators) {
        this.intake = intake;
        this.fhir = fhir;
        this.organisations = organisations;
        this.indicators = indicators;
    }

    /** Records one MeasureReport, in JSON or XML. */
    @Transactional
    public RecordResult ingest(String text, boolean xml) {
        List<FhirIssue> issues = checked(text);
        MeasureReport report = parsed(text, xml, MeasureReport.class, "MeasureReport", issues);
        MeasureReportRows rows = rows(Map.of());
        rows.add(report, "MeasureReport");
        return record(rows, issues);
    }

    /** What a Bundle of MeasureReports recorded, and its type (transaction or batch). */
    public record BundleResult(Bundle.BundleType type, int entries, List<Boolean> reports, RecordResult result) {}

    /** Records the MeasureReports of a transaction or batch Bundle, all or nothing. */
    @Transactional
    public BundleResult ingestBundle(String text, boolean xml) {
        List<FhirIssue> issues = checked(text);
        Bundle bundle = parsed(text, xml, Bundle.class, "Bundle", issues);
        if (bundle.getType() != Bundle.BundleType.TRANSACTION && bundle.getType() != Bundle.BundleType.BATCH) {
            issues.add(FhirIssue.of("not-supported", "Bundle.type", "ingest.fhir.bundleType"));
        }
        Map<String, IBaseResource> bundled = new HashMap<>();
        for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
            Resource resource = entry.getResource();
            if (resource != null) {
                if (entry.hasFullUrl()) {
                    bundled.put(entry.getFullUrl(), resource);
                }
                bundled.put(resource.fhirType() + "/" + resource.getIdElement().getIdPart(), resource);
            }
        }
        MeasureReportRows rows = rows(bundled);
        List<Boolean> reports = new ArrayList<>();
        for (int i = 0; i < bundle.getEntry().size(); i++) {
            Resource resource = bundle.getEntry().get(i).getResource();
            reports.add(resource instanceof MeasureReport);
            if (resource instanceof MeasureReport report) {
                rows.add(report, "Bundle.entry[" + i + "].resource");
            } else if (!(resource instanceof org.hl7.fhir.r4.model.Organization)) {
                issues.add(FhirIssue.of("not-supported", "Bundle.entry[" + i + "].resource", "ingest.fhir.entryType"));
            }
        }
        if (reports.stream().noneMatch(r -> r)) {
            issues.add(FhirIssue.of("required", "Bundle.entry", "ingest.fhir.noReports"));
        }
        return new BundleResult(bundle.getType(), bundle.getEntry().size(), reports, record(rows, issues));
    }

    /** The resource, or a refusal naming the validator's problems as well as the parser's. */
    private <T extends IBaseResource> T parsed(
            String text, boolean xml, Class<T> type, String root, List<FhirIssue> issues) {
        try {
            return fhir.parse(text, xml, type, root);
        } catch (FhirRefusedException e) {
            List<FhirIssue> all = new ArrayList<>(issues);
            all.addAll(e.issues());
            throw new FhirRefusedException(e.status(), all);
        }
    }

    /** The validator's problems; a text that is too large is refused before it is read. */
    private List<FhirIssue> checked(String text) {
        if (text.length() > MAX_CHARACTERS) {
            throw new FhirRefusedException(
                    413, List.of(FhirIssue.of("too-long", "", "ingest.fhir.tooLarge", MAX_CHARACTERS)));
        }
        return new ArrayList<>(fhir.validate(text));
    }

    private MeasureReportRows rows(Map<String, IBaseResource> bundled) {
        return new MeasureReportRows(
                new ReportingOrganisations(organisations.all(), bundled), indicators::findByCanonicalUrl);
    }

    /**
     * Records the mapped rows and refuses, rolling back what was written, when anything was wrong: the intake's
     * complaints are added to the others, save those about a field the mapping already found at fault.
     */
    private RecordResult record(MeasureReportRows rows, List<FhirIssue> issues) {
        rows.problems.forEach(p -> issues.add(p.issue()));
        List<IntakeRow> intakeRows = new ArrayList<>();
        for (int i = 0; i < rows.rows.size(); i++) {
            MeasureReportRows.Mapped m = rows.rows.get(i);
            intakeRows.add(new IntakeRow(i + 1, m.measure(), MeasurementCommand.read(m.input())));
        }
        Iterator<IntakeRow> iterator = intakeRows.iterator();
        try {
            RecordResult result = intake.record(iterator, MeasurementSource.FHIR, MeasurementIntake.Progress.NONE);
            if (issues.isEmpty()) {
                return result;
            }
        } catch (RowsRejectedException e) {
            for (RowError error : e.errors()) {
                MeasureReportRows.Mapped m = rows.rows.get((int) error.row() - 1);
                if (!alreadyFound(rows, m.root(), error.field())) {
                    issues.add(new FhirIssue(
                            "invalid", expression(m, error.field()), error.messageKey(), error.arguments(), null));
                }
            }
        }
        throw new FhirRefusedException(400, issues);
    }

    private static boolean alreadyFound(MeasureReportRows rows, String root, String field) {
        return rows.problems.stream()
                .anyMatch(p -> field.equals(p.field()) && p.issue().expression().startsWith(root + "."));
    }

    private static String expression(MeasureReportRows.Mapped m, String field) {
        return switch (field) {
            case "indicator" -> m.root() + ".measure";
            case "organisation" ->
                m.valueExpression().contains(".stratum[") ? m.valueExpression() + ".value" : m.root() + ".reporter";
            case "value" -> m.valueExpression();
            case "periodStart" -> m.root() + ".period.start";
            case "periodEnd" -> m.root() + ".period.end";
            default -> m.root();
        };
    }
}
