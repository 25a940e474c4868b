package no.gevinst.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.Printed;
import no.gevinst.TestProgrammes;
import no.gevinst.TestUsers;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.BenefitShare;
import no.gevinst.benefit.BenefitSharing;
import no.gevinst.programme.Programme;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * The plan of each programme sharing a benefit shows it with its share and home programme (issue 18): the receiving
 * programme's plan page, its frozen snapshot when approved and its plan document (PDF); the home programme's plan says
 * what it keeps and with whom it shares. A snapshot frozen before the share was kept reads as before.
 */
@GevinstIntegrationTest
@AutoConfigureMockMvc
class SharedBenefitPlanIT {

    private static final String COORDINATOR = TestProgrammes.COORDINATOR;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestProgrammes testProgrammes;

    @Autowired
    TestUsers users;

    @Autowired
    BenefitSharing sharing;

    @Autowired
    Plans plans;

    @Autowired
    JsonMapper json;

    @Test
    void bothProgrammesPlansShowTheSharedBenefitWithItsShareAndHomeProgrammeAndApprovalFreezesIt() throws Exception {
        Programme home = testProgrammes.create();
        Programme receiving = testProgrammes.create();
        Benefit benefit = testProgrammes.bareBenefit(home, "Felles gevinst i fellesrommet");
        BenefitShare proposed = users.callAs(
                COORDINATOR, () -> sharing.propose(benefit.id(), receiving.id().toString(), "40"));
        users.callAs(COORDINATOR, () -> sharing.accept(benefit.id(), receiving.id(), proposed.version()));

        Plan plan = users.callAs(
                COORDINATOR, () -> plans.create(receiving.id(), new Plans.PlanInput("", "Plan for mottakeren")));
        String received = "Delt: 40 % av gevinsten, hjemmeprogram " + home.name();
        mvc.perform(get("/plans/" + plan.id()).with(users.session(COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(benefit.code())))
                .andExpect(content().string(containsString(received)));

        PlanVersion submitted = users.callAs(
                COORDINATOR,
                () -> plans.submit(plan.id(), 1, plans.version(plan.id(), 1).version()));
        users.callAs(
                COORDINATOR,
                () -> plans.approve(
                        plan.id(),
                        1,
                        new Plans.ApprovalInput(
                                "Styringsgruppen", LocalDate.now().toString(), "SG-1/26"),
                        submitted.version()));
        PlanSnapshot.BenefitEntry frozen =
                users.callAs(COORDINATOR, () -> plans.content(plan.id(), 1)).benefits().stream()
                        .filter(b -> b.id().equals(benefit.id().toString()))
                        .findFirst()
                        .orElseThrow();
        assertThat(frozen.sharing()).isNotNull();
        assertThat(frozen.sharing().atHome()).isFalse();
        assertThat(frozen.sharing().home()).isEqualTo(home.name());
        assertThat(frozen.sharing().share()).isEqualByComparingTo("40");

        byte[] pdf = mvc.perform(
                        get("/plans/" + plan.id() + "/versions/1/document.pdf").with(users.session(COORDINATOR)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(Printed.text(pdf).replaceAll("\\s+", " ")).contains(received);

        Plan homePlan =
                users.callAs(COORDINATOR, () -> plans.create(home.id(), new Plans.PlanInput("", "Plan for hjemmet")));
        mvc.perform(get("/plans/" + homePlan.id()).with(users.session(COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("beholder 60 %, delt med " + receiving.name())));
    }

    @Test
    void aSnapshotFrozenBeforeSharingWasKeptReadsWithoutIt() {
        String old = """
                {"programme":"Helseplattformen","party":null,
                 "sections":null,
                 "benefits":[{"id":"b1","code":"HP-001","title":"Gammel","benefitClass":"NON_PRICED","status":"PLANNED",
                   "owner":null,"responsible":null,"expectedStart":"2025-01-01","fullEffect":null,"nokPerYear":null,
                   "indicators":[]}],
                 "measures":[],"risks":[],"netPresentValue":null}
                """;
        PlanSnapshot read = json.readValue(old, PlanSnapshot.class);
        assertThat(read.benefits()).singleElement().satisfies(b -> {
            assertThat(b.code()).isEqualTo("HP-001");
            assertThat(b.sharing()).isNull();
            assertThat(b.valueByYear()).isNull();
        });
        // And what is written now reads back with the share.
        PlanSnapshot.BenefitEntry shared = new PlanSnapshot.BenefitEntry(
                "b2",
                "HP-002",
                "Delt",
                "NON_PRICED",
                "PLANNED",
                null,
                null,
                null,
                null,
                null,
                java.util.List.of(),
                java.util.Map.of(),
                new PlanSnapshot.SharingEntry("Helseplattformen", false, new java.math.BigDecimal("40"), "HP"));
        PlanSnapshot written = new PlanSnapshot(
                "Trondheim",
                null,
                read.sections(),
                java.util.List.of(shared),
                java.util.List.of(),
                java.util.List.of(),
                null);
        assertThat(json.readValue(json.writeValueAsString(written), PlanSnapshot.class)
                        .benefits()
                        .getFirst()
                        .sharing())
                .isEqualTo(shared.sharing());
    }
}
