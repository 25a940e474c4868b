package no.gevinst.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.TestUsers;
import no.gevinst.audit.AuditLog;
import no.gevinst.portfolio.FlowReport.CrossOrganisationBenefit;
import no.gevinst.portfolio.FlowReport.Period;
import no.gevinst.portfolio.FlowReport.Receipt;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.FieldViolation;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.OrganisationId;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo's cross-organisation benefit: fewer readmissions, 5 400 000 kr a year at full effect, invested in by St.
 * Olavs and Helse Midt-Norge, arising 60 % in Trondheim kommune. Trondheim kommune signed off 2024; 2025 is not.
 */
@GevinstIntegrationTest
@AutoConfigureMockMvc
class FlowsIT {

    static final String READMISSIONS = "Færre reinnleggelser for pasienter med kols og hjertesvikt";
    static final LocalDate START_2025 = LocalDate.of(2025, 1, 1);
    static final LocalDate END_2025 = LocalDate.of(2025, 12, 31);

    @Autowired
    Flows flows;

    @Autowired
    Programmes programmes;

    @Autowired
    TestUsers users;

    @Autowired
    AuditLog auditLog;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    /** The demo keeps 2025 unsigned for the page and the other tests. */
    @AfterEach
    void forgetSignOffsOf2025() {
        jdbc.sql("DELETE FROM actuals_sign_off WHERE period_start = :start")
                .param("start", START_2025)
                .update();
    }

    @Test
    void theDemosReadmissionsFlowFromTheHospitalAndTheRhfToTheMunicipality() {
        FlowReport report = users.callAs("kari", () -> flows.report(hp().id()));
        FlowMatrix m = report.matrix();

        // 5 400 000 × 60 % ÷ 2 investors; nothing else priced flows there.
        assertThat(m.flow(org("St. Olavs hospital HF"), org("Trondheim kommune"))
                        .nokPerYear())
                .isEqualByComparingTo("1620000");
        assertThat(m.flow(org("Helse Midt-Norge RHF"), org("Trondheim kommune")).nokPerYear())
                .isEqualByComparingTo("1620000");
        assertThat(m.flow(org("Helse Midt-Norge RHF"), org("St. Olavs hospital HF"))
                        .nokPerYear())
                .isEqualByComparingTo("1080000");
        assertThat(m.flow(org("St. Olavs hospital HF"), org("Trondheim kommune"))
                        .crossOrganisation())
                .isTrue();
        assertThat(m.crossOrganisationTotal()).isGreaterThanOrEqualTo(new java.math.BigDecimal("4320000"));
        CrossOrganisationBenefit b = readmissions(report);
        assertThat(b.nokPerYear()).isEqualByComparingTo("5400000");
        assertThat(b.signers()).extracting(FlowMatrix.Party::name).contains("Trondheim kommune");
    }

    @Test
    void unsignedActualsShowAsSuchAndSignedOnesNameWhoSigned() {
        CrossOrganisationBenefit b = readmissions(users.callAs("kari", () -> flows.report(hp().id())));

        assertThat(trondheim(period(b, LocalDate.of(2024, 12, 31)))).satisfies(r -> {
            assertThat(r.signed()).isTrue();
            assertThat(r.signOff().signedBy()).isEqualTo("Lars Strand");
        });
        assertThat(trondheim(period(b, END_2025)).signed()).isFalse();
        assertThat(period(b, END_2025).actuals())
                .singleElement()
                .satisfies(a -> assertThat(a.value()).isEqualByComparingTo("15.8"));
    }

    @Test
    void theMunicipalitysBenefitOwnerSignsOffAPeriodAndItShowsAsSigned() {
        CrossOrganisationBenefit before = readmissions(users.callAs("lars", () -> flows.report(hp().id())));
        assertThat(trondheim(period(before, END_2025)).canSignOff()).isTrue();

        SignOff signed = users.callAs("lars", () -> flows.signOff(before.id(), input2025("Stemmer med våre tall")));

        assertThat(signed.signedBy()).isEqualTo("Lars Strand");
        CrossOrganisationBenefit after = readmissions(users.callAs("nina", () -> flows.report(hp().id())));
        Receipt r = trondheim(period(after, END_2025));
        assertThat(r.signed()).isTrue();
        assertThat(r.canSignOff()).isFalse();
        assertThat(r.signOff().comment()).isEqualTo("Stemmer med våre tall");
        assertThat(auditLog.history("actuals-sign-off", signed.id()))
                .singleElement()
                .satisfies(e -> assertThat(e.action()).isEqualTo("create"));
    }

    @Test
    void aReaderAndTheRhfsCoordinatorMayNotSignForTheMunicipality() {
        CrossOrganisationBenefit b = readmissions(users.callAs("kari", () -> flows.report(hp().id())));

        assertThatThrownBy(() -> users.runAs("nina", () -> flows.signOff(b.id(), input2025(""))))
                .isInstanceOf(AccessDeniedException.class);
        // Kari coordinates in Helse Midt-Norge, which invests but does not benefit: not hers to confirm.
        assertThatThrownBy(() -> users.runAs("kari", () -> flows.signOff(b.id(), input2025(""))))
                .isInstanceOf(AccessDeniedException.class);
        assertRefused(
                "kari",
                b,
                new SignOffInput(org("Helse Midt-Norge RHF").toString(), "2025-01-01", "2025-12-31", ""),
                "organisation");
        assertThat(signOffsOf2025()).isZero();
    }

    @Test
    void aFuturePeriodAndADuplicateAreRefusedNamingTheFieldAndWriteNothing() {
        CrossOrganisationBenefit b = readmissions(users.callAs("lars", () -> flows.report(hp().id())));
        int rows = jdbc.sql("SELECT count(*) FROM actuals_sign_off")
                .query(Integer.class)
                .single();
        String trd = org("Trondheim kommune").toString();
        LocalDate today = LocalDate.now();

        assertRefused(
                "lars",
                b,
                new SignOffInput(
                        trd,
                        today.withDayOfMonth(1).toString(),
                        today.plusMonths(1).toString(),
                        ""),
                "periodEnd");
        assertRefused("lars", b, new SignOffInput(trd, "2024-01-01", "2024-12-31", "Igjen"), "periodStart");
        assertRefused("lars", b, new SignOffInput(trd, "2025-13-01", "", ""), "periodStart", "periodEnd");
        assertRefused("lars", b, new SignOffInput(trd, "2025-12-31", "2025-01-01", ""), "periodEnd");

        assertThat(jdbc.sql("SELECT count(*) FROM actuals_sign_off")
                        .query(Integer.class)
                        .single())
                .isEqualTo(rows);
    }

    @Test
    void theApiGivesTheMatrixAndTakesSignOffs() throws Exception {
        String hp = hp().id().toString();
        CrossOrganisationBenefit b = readmissions(users.callAs("kari", () -> flows.report(hp().id())));
        String json = mvc.perform(
                        get("/api/v1/portfolio/flows").param("programme", hp).with(httpBasic("kari", "gevinst-demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.matrix.crossOrganisationTotal").isNumber())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<Object> perYear =
                com.jayway.jsonpath.JsonPath.read(json, "$.benefits[?(@.title == '" + READMISSIONS + "')].nokPerYear");
        assertThat(perYear)
                .singleElement()
                .satisfies(n -> assertThat(new BigDecimal(n.toString())).isEqualByComparingTo("5400000"));
        String body = "{\"organisation\":\"" + org("Trondheim kommune") + "\",\"periodStart\":\"2025-01-01\","
                + "\"periodEnd\":\"2025-12-31\",\"comment\":\"\"}";
        mvc.perform(post("/api/v1/benefits/" + b.id() + "/sign-offs")
                        .with(httpBasic("nina", "gevinst-demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/benefits/" + b.id() + "/sign-offs")
                        .with(httpBasic("lars", "gevinst-demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace("2025-12-31", "")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.hasItem("periodEnd")));
        mvc.perform(post("/api/v1/benefits/" + b.id() + "/sign-offs")
                        .with(httpBasic("lars", "gevinst-demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.signedBy").value("Lars Strand"));
        assertThat(signOffsOf2025()).isEqualTo(1);
    }

    @Test
    void thePageDrawsTheFlowsAndItsFormSignsOff() throws Exception {
        CrossOrganisationBenefit b = readmissions(users.callAs("lars", () -> flows.report(hp().id())));
        mvc.perform(get("/portfolio/flows").with(users.session("lars")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("<svg")))
                .andExpect(content().string(Matchers.containsString("role=\"img\"")))
                .andExpect(content().string(Matchers.containsString("1 620 000 kr")))
                .andExpect(content().string(Matchers.containsString("ikke signert av mottakende part")));
        mvc.perform(post("/portfolio/flows/benefits/" + b.id() + "/sign-offs")
                        .with(users.session("lars"))
                        .with(csrf())
                        .param("organisation", org("Trondheim kommune").toString())
                        .param("periodStart", "2025-01-01")
                        .param("periodEnd", "2025-12-31"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute(
                                "signedKey", b.id() + "_" + org("Trondheim kommune") + "_2025-01-01_2025-12-31"));
        mvc.perform(post("/portfolio/flows/benefits/" + b.id() + "/sign-offs")
                        .with(users.session("lars"))
                        .with(csrf())
                        .param("organisation", org("Trondheim kommune").toString())
                        .param("periodStart", "2025-01-01")
                        .param("periodEnd", "2025-12-31"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("data-color=\"danger\" role=\"alert\"")));
        mvc.perform(get("/portfolio/flows")
                        .param("programme", hp().id().toString())
                        .with(users.session("nina")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("signert av Lars Strand")));
        assertThat(signOffsOf2025()).isEqualTo(1);
    }

    private void assertRefused(String user, CrossOrganisationBenefit b, SignOffInput input, String... fields) {
        int audited = auditLog.history("actuals-sign-off", b.id()).size();
        assertThatThrownBy(() -> users.runAs(user, () -> flows.signOff(b.id(), input)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(FieldViolation::field)
                                .containsExactlyInAnyOrder(fields));
        assertThat(auditLog.history("actuals-sign-off", b.id())).hasSize(audited);
    }

    private SignOffInput input2025(String comment) {
        return new SignOffInput(org("Trondheim kommune").toString(), "2025-01-01", "2025-12-31", comment);
    }

    private Programme hp() {
        return users.callAs("kari", programmes::visible).stream()
                .filter(p -> p.code().equals("HP"))
                .findFirst()
                .orElseThrow();
    }

    /** By the demo benefit's own parties: tests elsewhere make organisations of the same names. */
    private OrganisationId org(String name) {
        CrossOrganisationBenefit b = readmissions(users.callAs("kari", () -> flows.report(hp().id())));
        return java.util.stream.Stream.concat(b.investors().stream(), b.signers().stream())
                .filter(p -> p.name().equals(name))
                .map(FlowMatrix.Party::id)
                .findFirst()
                .orElseThrow();
    }

    private static CrossOrganisationBenefit readmissions(FlowReport report) {
        return report.benefits().stream()
                .filter(b -> b.title().equals(READMISSIONS))
                .findFirst()
                .orElseThrow();
    }

    private static Period period(CrossOrganisationBenefit b, LocalDate end) {
        return b.periods().stream().filter(p -> p.end().equals(end)).findFirst().orElseThrow();
    }

    private static Receipt trondheim(Period p) {
        return p.receipts().stream()
                .filter(r -> r.organisation().name().equals("Trondheim kommune"))
                .findFirst()
                .orElseThrow();
    }

    private int signOffsOf2025() {
        return jdbc.sql("SELECT count(*) FROM actuals_sign_off WHERE period_start = :start")
                .param("start", START_2025)
                .query(Integer.class)
                .single();
    }
}
