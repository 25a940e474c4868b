package no.gevinst.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.TestIndicators;
import no.gevinst.TestUsers;
import no.gevinst.indicator.Indicator;
import no.gevinst.indicator.Indicators;
import no.gevinst.indicator.Measurement;
import no.gevinst.organisation.Organisation;
import no.gevinst.shared.NorwegianTime;
import org.hamcrest.Matchers;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.MeasureReport;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Issue 20: the FHIR endpoint as FHIR clients expect it, tried with the HL7 R4 MeasureReport examples (in
 * src/test/resources/fhir, adapted here only where the mapping requires: see the README there).
 */
@GevinstIntegrationTest
@AutoConfigureMockMvc
class FhirConformanceIT {

    private static final String ST_OLAV = "883974832";
    private static final String HMN = "983658776";
    private static final String FHIR_JSON = "application/fhir+json";
    private static final FhirContext FHIR = FhirContext.forR4();

    @Autowired
    MockMvc mvc;

    @Autowired
    TestIndicators testIndicators;

    @Autowired
    Indicators indicators;

    @Autowired
    TestUsers users;

    @Autowired
    no.gevinst.organisation.Organisations organisations;

    @Test
    void theCapabilityStatementSaysWhatIsAccepted() throws Exception {
        mvc.perform(get("/api/v1/fhir/metadata")
                        .with(httpBasic("nina", "gevinst-demo"))
                        .accept(FHIR_JSON))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(FHIR_JSON))
                .andExpect(jsonPath("$.resourceType").value("CapabilityStatement"))
                .andExpect(jsonPath("$.fhirVersion").value("4.0.1"))
                .andExpect(jsonPath("$.format").value(Matchers.hasItems("json", "xml")))
                .andExpect(jsonPath("$.rest[0].resource[0].type").value("MeasureReport"))
                .andExpect(jsonPath("$.rest[0].resource[0].interaction[0].code").value("create"))
                .andExpect(jsonPath("$.rest[0].resource[0].documentation")
                        .value(Matchers.allOf(
                                Matchers.containsString("summary"), Matchers.containsString("data-collection"))))
                .andExpect(jsonPath("$.rest[0].interaction[*].code").value(Matchers.hasItems("transaction", "batch")));
        mvc.perform(get("/api/v1/fhir/metadata")
                        .with(httpBasic("nina", "gevinst-demo"))
                        .accept("application/fhir+xml"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("<CapabilityStatement")));
    }

    @Test
    void theHivIndicatorsExampleIsAcceptedOnceItsMeasureAndReporterAreOnesGevinstKnows() throws Exception {
        Indicator indicator = indicator("HIV-indikatorer");
        String report = example("measurereport-hiv-indicators.json")
                .replace("http://ohie.org/Measure/hiv-indicators", indicator.canonicalUrl() + "|1.0")
                .replace("Organization/ZW01", "Organization/" + ST_OLAV);

        send(report)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.resourceType").value("OperationOutcome"))
                .andExpect(jsonPath("$.issue[0].severity").value("information"));

        assertThat(measurements(indicator)).singleElement().satisfies(m -> {
            assertThat(m.value()).isEqualByComparingTo("0");
            assertThat(m.periodEnd()).hasToString("2018-01-31");
        });
    }

    @Test
    void theHivIndicatorsExampleAsPublishedIsRefusedNamingBothItsReporterAndItsMeasure() throws Exception {
        send(example("measurereport-hiv-indicators.json"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.resourceType").value("OperationOutcome"))
                .andExpect(jsonPath("$.issue[*].expression[0]")
                        .value(Matchers.hasItems("MeasureReport.reporter", "MeasureReport.measure")));
    }

    @Test
    void theCms146ExampleIsRefusedBecauseItIsAnIndividualReport() throws Exception {
        Indicator indicator = indicator("CMS146");
        String report = example("measurereport-cms146-cat1-example.json")
                .replace("\"Measure/CMS146\"", "\"" + indicator.canonicalUrl() + "\"");

        send(report)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.issue[?(@.expression[0] == 'MeasureReport.type')].diagnostics")
                        .value(Matchers.hasItem(Matchers.containsString("individual"))));
        assertThat(measurements(indicator)).isEmpty();
    }

    @Test
    void aProportionIsComputedFromNumeratorAndDenominatorAndTheCountsAreKept() throws Exception {
        Indicator indicator = testIndicators.create(
                "Andel " + UUID.randomUUID(), "https://test.example.no/fhir/Measure/" + UUID.randomUUID());
        MeasureReport report = summary(indicator.canonicalUrl(), "2025-03");
        report.getGroupFirstRep().setMeasureScore(null);
        report.getGroupFirstRep().addPopulation().setCode(code("numerator")).setCount(30);
        report.getGroupFirstRep().addPopulation().setCode(code("denominator")).setCount(40);

        send(FHIR.newJsonParser().encodeResourceToString(report)).andExpect(status().isCreated());

        assertThat(measurements(indicator)).singleElement().satisfies(m -> {
            assertThat(m.value()).isEqualByComparingTo("0.75");
            assertThat(m.comment()).contains("numerator 30, denominator 40");
        });
    }

    /**
     * Helse Midt-Norge reports for itself and, in a stratum coded with St. Olavs' organisation number, for St. Olavs,
     * an organisation under it; both are parties of Helseplattformen (the intake records for parties only, so a unit
     * must be one to be measured). A stratum whose code is no unit of the reporter is left alone.
     */
    @Test
    void aStratumWhoseCodeIsAUnitsOrganisationNumberBecomesThatUnitsMeasurement() throws Exception {
        Map<String, Organisation> byNumber = new java.util.HashMap<>();
        users.callAs(TestUsers.ADMIN, () -> organisations.all())
                .forEach(o -> byNumber.put(o.organisationNumber().value(), o));
        Indicator indicator = indicator("Stratum");
        MeasureReport report = summary(indicator.canonicalUrl(), "2025-05");
        report.getReporter().getIdentifier().setValue(HMN);
        var stratifier = report.getGroupFirstRep().addStratifier();
        stratifier
                .addStratum()
                .setValue(new CodeableConcept().setText(ST_OLAV))
                .setMeasureScore(new Quantity().setValue(new BigDecimal("7")));
        stratifier
                .addStratum()
                .setValue(new CodeableConcept().setText("997005562x"))
                .setMeasureScore(new Quantity().setValue(new BigDecimal("5")));

        var answer = send(FHIR.newJsonParser().encodeResourceToString(report))
                .andReturn()
                .getResponse();
        assertThat(answer.getStatus()).as(answer.getContentAsString()).isEqualTo(201);

        assertThat(measurements(indicator))
                .as("the reporter's own value and its unit's; a stratum that is no unit of it is left alone")
                .hasSize(2)
                .anySatisfy(m -> {
                    assertThat(m.organisation()).isEqualTo(byNumber.get(ST_OLAV).id());
                    assertThat(m.value()).isEqualByComparingTo("7");
                })
                .anySatisfy(m -> {
                    assertThat(m.organisation()).isEqualTo(byNumber.get(HMN).id());
                    assertThat(m.value()).isEqualByComparingTo("12");
                });
    }

    @Test
    void aReportSentAsXmlIsAcceptedAndAnsweredInXml() throws Exception {
        Indicator indicator = indicator("XML");
        String xml = FHIR.newXmlParser().encodeResourceToString(summary(indicator.canonicalUrl(), "2025-04"));

        mvc.perform(post("/api/v1/fhir/MeasureReport")
                        .with(httpBasic("kari", "gevinst-demo"))
                        .contentType("application/fhir+xml")
                        .accept("application/fhir+xml")
                        .content(xml))
                .andExpect(status().isCreated())
                .andExpect(content().string(Matchers.containsString("<OperationOutcome")));
        assertThat(measurements(indicator)).hasSize(1);
    }

    @Test
    void aBundleWithOneBadEntryStoresNothingAndNamesEveryProblemThenTheGoodOneStoresAll() throws Exception {
        Indicator indicator = indicator("Bundle");
        MeasureReport good = summary(indicator.canonicalUrl(), "2025-05");
        // The second names its reporter by a bundled Organization.
        MeasureReport second = summary(indicator.canonicalUrl(), "2025-06");
        second.setReporter(new Reference("urn:uuid:0c2f8d1e-1111-4a4a-9a9a-000000000001"));
        Organization olav = new Organization()
                .addIdentifier(new Identifier()
                        .setSystem("urn:oid:2.16.578.1.12.4.1.4.101")
                        .setValue(ST_OLAV));
        MeasureReport bad = summary("https://ukjent.example.no/Measure/x", "2025-07")
                .setStatus(MeasureReport.MeasureReportStatus.PENDING);
        Bundle bundle = bundle(good, second, olav, bad);

        send("/api/v1/fhir", FHIR.newJsonParser().encodeResourceToString(bundle))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.issue[*].expression[0]")
                        .value(Matchers.hasItems(
                                "Bundle.entry[3].resource.status", "Bundle.entry[3].resource.measure")));
        assertThat(measurements(indicator)).isEmpty();

        bundle.getEntry().remove(3);
        send("/api/v1/fhir", FHIR.newJsonParser().encodeResourceToString(bundle))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.type").value("transaction-response"))
                .andExpect(jsonPath("$.entry[0].response.status").value("201 Created"))
                .andExpect(jsonPath("$.entry.length()").value(3));
        assertThat(measurements(indicator)).hasSize(2);
    }

    @Test
    void everyValidationProblemIsNamedAtOnceAndProblemDetailsAreStillThereForJsonClients() throws Exception {
        String report = "{\"resourceType\":\"MeasureReport\",\"status\":\"finished-or-not\",\"type\":\"summary\","
                + "\"measure\":\"https://x.example.no/Measure/y\",\"period\":{\"start\":\"2025-01-01\"},"
                + "\"group\":[{\"measureScore\":{\"value\":\"many\"}}]}";
        send(report)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.resourceType").value("OperationOutcome"))
                .andExpect(jsonPath("$.issue.length()").value(Matchers.greaterThan(1)));
        mvc.perform(post("/api/v1/fhir/MeasureReport")
                        .with(httpBasic("kari", "gevinst-demo"))
                        .contentType(FHIR_JSON)
                        .accept("application/problem+json")
                        .content(report))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors.length()").value(Matchers.greaterThan(1)));
    }

    @Test
    void aReportLargerThanTheLimitGets413() throws Exception {
        String huge = "{\"resourceType\":\"MeasureReport\",\"id\":\"" + "x".repeat(1_000_001) + "\"}";
        send(huge).andExpect(status().isContentTooLarge());
    }

    private ResultActions send(String body) throws Exception {
        return send("/api/v1/fhir/MeasureReport", body);
    }

    private ResultActions send(String path, String body) throws Exception {
        return mvc.perform(post(path)
                .with(httpBasic("kari", "gevinst-demo"))
                .contentType(FHIR_JSON)
                .accept(FHIR_JSON)
                .content(body));
    }

    private Indicator indicator(String name) {
        return testIndicators.create(
                name + " " + UUID.randomUUID(), "https://test.example.no/fhir/Measure/" + UUID.randomUUID());
    }

    private static MeasureReport summary(String canonical, String month) {
        java.time.YearMonth ym = java.time.YearMonth.parse(month);
        MeasureReport report = new MeasureReport()
                .setStatus(MeasureReport.MeasureReportStatus.COMPLETE)
                .setType(MeasureReport.MeasureReportType.SUMMARY)
                .setMeasure(canonical)
                .setPeriod(new Period()
                        .setStartElement(new org.hl7.fhir.r4.model.DateTimeType(
                                ym.atDay(1).toString()))
                        .setEndElement(new org.hl7.fhir.r4.model.DateTimeType(
                                ym.atEndOfMonth().toString())))
                .setReporter(new Reference()
                        .setIdentifier(new Identifier()
                                .setSystem("urn:oid:2.16.578.1.12.4.1.4.101")
                                .setValue(ST_OLAV)));
        report.addGroup().setMeasureScore(new Quantity().setValue(new BigDecimal("12")));
        return report;
    }

    private static Bundle bundle(MeasureReport good, MeasureReport second, Organization olav, MeasureReport bad) {
        Bundle bundle = new Bundle().setType(Bundle.BundleType.TRANSACTION);
        for (var resource : List.of(good, second, olav, bad)) {
            Bundle.BundleEntryComponent entry = bundle.addEntry().setResource(resource);
            entry.setFullUrl(
                    resource == olav
                            ? "urn:uuid:0c2f8d1e-1111-4a4a-9a9a-000000000001"
                            : "urn:uuid:" + UUID.randomUUID());
            entry.getRequest().setMethod(Bundle.HTTPVerb.POST).setUrl(resource.fhirType());
        }
        return bundle;
    }

    private static CodeableConcept code(String code) {
        return new CodeableConcept()
                .addCoding(new org.hl7.fhir.r4.model.Coding(
                        "http://terminology.hl7.org/CodeSystem/measure-population", code, null));
    }

    private static String example(String name) throws IOException {
        try (var in = FhirConformanceIT.class.getResourceAsStream("/fhir/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private List<Measurement> measurements(Indicator indicator) {
        return users.callAs(
                "kari",
                () -> indicators
                        .view(indicator.id(), NorwegianTime.today(), 1, 100)
                        .measurements());
    }
}
