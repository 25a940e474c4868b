package no.gevinst.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.Printed;
import no.gevinst.TestProgrammes;
import no.gevinst.TestUsers;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.BenefitShare;
import no.gevinst.benefit.BenefitSharing;
import no.gevinst.programme.Programme;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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

    /**
     * The workbook's sheet of benefits by class and the PDF's tables by class name the share as the plan page does:
     * the receiving programme's row "Delt: 40 % av gevinsten, hjemmeprogram H" (before, the workbook had no such
     * column and the class tables only code and title, so the PDF named it once, in the owners' table, not twice).
     */
    @Test
    void theWorkbookAndThePdfsClassTablesNameTheShare() throws Exception {
        Programme home = testProgrammes.create();
        Programme receiving = testProgrammes.create();
        Benefit benefit = testProgrammes.bareBenefit(home, "Delt i arbeidsboka");
        BenefitShare proposed = users.callAs(
                COORDINATOR, () -> sharing.propose(benefit.id(), receiving.id().toString(), "40"));
        users.callAs(COORDINATOR, () -> sharing.accept(benefit.id(), receiving.id(), proposed.version()));
        Plan plan = users.callAs(
                COORDINATOR, () -> plans.create(receiving.id(), new Plans.PlanInput("", "Plan med delt gevinst")));
        String received = "Delt: 40 % av gevinsten, hjemmeprogram " + home.name();

        byte[] xlsx = mvc.perform(
                        get("/plans/" + plan.id() + "/versions/1/workbook.xlsx").with(users.session(COORDINATOR)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet byClass = workbook.getSheet("Gevinster etter klasse");
            assertThat(byClass.getRow(0).getCell(9).getStringCellValue()).isEqualTo("Deling mellom program");
            Row row = null;
            for (Row r : byClass) {
                if (r.getCell(0) != null && benefit.code().equals(r.getCell(0).getStringCellValue())) {
                    row = r;
                }
            }
            assertThat(row).isNotNull();
            assertThat(row.getCell(9).getStringCellValue()).isEqualTo(received);
        }

        byte[] pdf = mvc.perform(
                        get("/plans/" + plan.id() + "/versions/1/document.pdf").with(users.session(COORDINATOR)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String text = Printed.text(pdf).replaceAll("\\s+", " ");
        // Once in the owners' table, once in its class's table.
        assertThat(text.split(java.util.regex.Pattern.quote(received), -1)).hasSize(3);
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
