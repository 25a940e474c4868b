package no.gevinst.ingest.web;

import java.util.Date;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementKind;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.RestfulCapabilityMode;
import org.hl7.fhir.r4.model.CapabilityStatement.SystemRestfulInteraction;
import org.hl7.fhir.r4.model.CapabilityStatement.TypeRestfulInteraction;
import org.hl7.fhir.r4.model.Enumerations.FHIRVersion;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;

/**
 * What Gevinst's FHIR endpoint accepts, as a CapabilityStatement: MeasureReport create (types summary and
 * data-collection), transaction and batch Bundles of them, JSON and XML, FHIR R4 (4.0.1). No search is offered:
 * Gevinst takes measurements in, it does not serve MeasureReports.
 */
final class FhirCapabilities {

    static final String MEASURE_REPORT_DOCUMENTATION = "Accepts MeasureReports of type summary or data-collection "
            + "(individual and subject-list are refused) with status complete. measure is an indicator's canonical "
            + "URL (a version suffix |x.y is accepted); reporter an organisation number (identifier system "
            + "urn:oid:2.16.578.1.12.4.1.4.101), a contained or bundled Organization with one, or "
            + "Organization/<organisation number or Gevinst id>. The first group's measureScore is the value, or "
            + "numerator/denominator when it is absent (the counts kept as provenance); a stratum whose code is the "
            + "organisation number of one of the reporter's units is recorded for that unit.";

    private FhirCapabilities() {}

    static CapabilityStatement statement(Date published) {
        CapabilityStatement statement = new CapabilityStatement()
                .setStatus(PublicationStatus.ACTIVE)
                .setDate(published)
                .setKind(CapabilityStatementKind.INSTANCE)
                .setFhirVersion(FHIRVersion._4_0_1)
                .setName("GevinstFhirEndpoint")
                .setTitle("Gevinst: measurements as FHIR R4 MeasureReports")
                .setPublisher("Gevinst");
        statement.getSoftware().setName("Gevinst");
        statement.getImplementation().setDescription("Gevinst benefits realisation: measurement intake");
        statement.addFormat("json").addFormat("xml");
        statement.addFormat("application/fhir+json").addFormat("application/fhir+xml");
        CapabilityStatementRestComponent rest = statement.addRest().setMode(RestfulCapabilityMode.SERVER);
        rest.setDocumentation("Every request is authenticated (HTTP Basic or a sign-in session); errors are answered "
                + "as an OperationOutcome naming every problem by its FHIRPath, or as RFC 9457 problem details to a "
                + "client that accepts application/problem+json or application/json.");
        rest.addInteraction()
                .setCode(SystemRestfulInteraction.TRANSACTION)
                .setDocumentation("A Bundle of MeasureReports (and the Organizations they point to), all or nothing.");
        rest.addInteraction()
                .setCode(SystemRestfulInteraction.BATCH)
                .setDocumentation("As transaction: Gevinst records a batch all or nothing too.");
        CapabilityStatementRestResourceComponent reports = rest.addResource()
                .setType("MeasureReport")
                .setProfile("http://hl7.org/fhir/StructureDefinition/MeasureReport")
                .setDocumentation(MEASURE_REPORT_DOCUMENTATION);
        reports.addInteraction()
                .setCode(TypeRestfulInteraction.CREATE)
                .setDocumentation("Types summary and data-collection.");
        return statement;
    }
}
