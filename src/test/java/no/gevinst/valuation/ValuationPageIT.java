package no.gevinst.valuation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.TestUsers;
import no.gevinst.portfolio.Dashboard;
import no.gevinst.portfolio.Dashboards;
import no.gevinst.shared.ProgrammeId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The valuation page says what its figures are: the tax financing effect on its own line, present costs without it,
 * benefit/cost and NPV per invested krone defined, payback discounted with the undiscounted labelled, budget cuts only
 * for the programme with co-financing, and the cost table naming who bears the cost.
 */
@GevinstIntegrationTest
@AutoConfigureMockMvc
class ValuationPageIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    Dashboards dashboards;

    @Test
    void thePageDefinesEachResultAndShowsBudgetCutsOnlyWithCoFinancing() throws Exception {
        String dbep = page("DBEP");
        assertThat(dbep)
                .contains("Nåverdi av kostnader (investering og drift)")
                .containsAnyOf("Nåverdi av skattefinansieringskostnad", "Nåverdi av skattefinansieringsgevinst")
                .contains("(Nåverdi av nytte + skattefinansieringsgevinst) ÷ (nåverdi av kostnader +")
                .contains("Netto nåverdi ÷ nåverdi av investeringene.")
                .contains("Tilbakebetalingsår (neddiskontert)")
                .contains("Tilbakebetalingsår (udiskontert)")
                .contains("Budsjettkutt ved medfinansiering (sum over årene, udiskontert)")
                .contains("Grunnlag for budsjettkutt")
                .contains("Hvem kostnaden faller på")
                .contains("Diskonteringsfaktor = 1 / (1,04^4) = 0,854804")
                .doesNotContain("Gevinster som skal tas ut som budsjettkutt");
        String hp = page("HP");
        assertThat(hp).doesNotContain("Budsjettkutt ved medfinansiering").doesNotContain("Grunnlag for budsjettkutt");
    }

    private String page(String code) throws Exception {
        ProgrammeId id = users.callAs(
                TestUsers.ADMIN,
                () -> dashboards.of(null, LocalDate.now()).programmes().stream()
                        .filter(p -> p.code().equals(code))
                        .map(Dashboard.ProgrammeLine::id)
                        .findFirst()
                        .orElseThrow());
        return mvc.perform(get("/programmes/" + id + "/valuation")
                        .header("Accept-Language", "nb")
                        .with(users.session(TestUsers.ADMIN)))
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
