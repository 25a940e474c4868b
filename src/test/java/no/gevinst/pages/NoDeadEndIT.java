package no.gevinst.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.List;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.TestUsers;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.FieldViolation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * Bad values from a form or a link come back to the page they were meant for, named there: the dashboard's report
 * dates, its programme, an empty programme ("Alle programmer") on the double-counting page, and the programme of a new
 * benefit, which is asked for when the user may register benefits in more than one.
 */
@GevinstIntegrationTest
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
class NoDeadEndIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    Programmes programmes;

    @Test
    void aReversedSpanOrAnUnreadableDateForTheDashboardsDocumentsGoesBackToTheDashboardNamingTheField()
            throws Exception {
        for (String document : List.of("/portfolio/report.pdf", "/portfolio/board-summary.pdf")) {
            MvcResult reversed = mvc.perform(get(document + "?from=2026-09-30&to=2026-01-01&programme=")
                            .with(users.session("kari")))
                    .andReturn();
            assertThat(reversed.getResponse().getRedirectedUrl()).isEqualTo("/portfolio#steering-report");
            assertThat(errors(reversed)).extracting(FieldViolation::field).containsExactly("from");

            MvcResult unreadable = mvc.perform(get(document + "?from=abc").with(users.session("kari")))
                    .andReturn();
            String dashboard = body(get("/portfolio")
                    // As the redirect brings them: the sessions live in the database, where a mock session is not.
                    .requestAttr(DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE, unreadable.getFlashMap())
                    .with(users.session("kari")));
            assertThat(dashboard)
                    .contains("Fra dato: Skriv datoen som åååå-mm-dd; «abc» er ikke en dato.")
                    .contains("value=\"abc\"")
                    .contains("aria-invalid=\"true\"");
        }
    }

    @Test
    void aRegisterFilterThatNamesNothingIsNamedBesideTheFormAndTheRestStillFilters() throws Exception {
        MockHttpServletResponse register = response(get("/benefits?status=NOPE&q=svinn"), "kari");
        assertThat(register.getStatus()).isEqualTo(400);
        assertThat(register.getContentAsString(StandardCharsets.UTF_8))
                .contains("Status: Ukjent verdi «NOPE».")
                .contains("Redusert svinn av legemidler på sengepost")
                .contains("role=\"search\"");
    }

    @Test
    void aProgrammeThatIsNotThereShowsEveryProgrammeWithTheReasonAndAnEmptyOneMeansAll() throws Exception {
        MockHttpServletResponse dashboard = response(get("/portfolio?programme=abc"), "kari");
        assertThat(dashboard.getStatus()).isEqualTo(400);
        assertThat(dashboard.getContentAsString(StandardCharsets.UTF_8))
                .contains("Program: «abc» er ikke et program du har tilgang til.")
                .contains("id=\"dashboard-summary\"");

        for (String page : List.of("/portfolio/conflicts?programme=", "/portfolio/flows?programme=")) {
            assertThat(response(get(page), "kari").getStatus()).as(page).isEqualTo(200);
        }
        assertThat(response(get("/portfolio/conflicts?programme=nope"), "kari")
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains("Program: «nope» er ikke et program du har tilgang til.");

        MvcResult badYear = mvc.perform(
                        get("/portfolio/realised?year=abc&programme=").with(users.session("kari")))
                .andReturn();
        assertThat(badYear.getResponse().getRedirectedUrl()).isEqualTo("/portfolio#money-heading");
        assertThat(errors(badYear, "parameterErrors"))
                .extracting(FieldViolation::field)
                .containsExactly("year");
    }

    @Test
    void newBenefitAsksForTheProgrammeWhenMoreThanOneIsPossibleAndTakesTheOnlyOne() throws Exception {
        String chooser = body(get("/benefits/new?programme=").with(users.session(TestUsers.ADMIN)));
        assertThat(chooser).contains("id=\"choose-programme\"").contains("<option value=\"\">Velg program</option>");
        List<Programme> all = users.callAs(TestUsers.ADMIN, programmes::visible);
        assertThat(all).hasSizeGreaterThan(1);
        all.forEach(p -> assertThat(chooser).contains("value=\"" + p.id() + "\""));

        MockHttpServletResponse empty = response(get("/benefits/new?choose=1&programme="), TestUsers.ADMIN);
        assertThat(empty.getStatus()).isEqualTo(400);
        assertThat(empty.getContentAsString(StandardCharsets.UTF_8))
                .contains("Velg programmet gevinsten skal høre til.")
                .contains("aria-invalid=\"true\"");

        String kari = body(get("/benefits/new?programme=").with(users.session("kari")));
        assertThat(kari).contains("I programmet Helseplattformen.").doesNotContain("id=\"choose-programme\"");
    }

    @Test
    void everyProgrammePageOffersNewBenefitToThoseWhoMayRegisterThere() throws Exception {
        Programme hp = users.callAs("kari", programmes::visible).stream()
                .filter(p -> p.code().equals("HP"))
                .findFirst()
                .orElseThrow();
        String path = "/programmes/" + hp.id();
        String link = "href=\"/benefits/new?programme=" + hp.id() + "\"";
        assertThat(body(get(path).with(users.session("kari")))).contains(link);
        assertThat(body(get(path).with(users.session("nina")))).doesNotContain(link);
    }

    @SuppressWarnings("unchecked")
    private static List<FieldViolation> errors(MvcResult result, String name) {
        return (List<FieldViolation>) result.getFlashMap().get(name);
    }

    private static List<FieldViolation> errors(MvcResult result) {
        return errors(result, "reportErrors");
    }

    private MockHttpServletResponse response(MockHttpServletRequestBuilder request, String user) throws Exception {
        return mvc.perform(request.with(users.session(user))).andReturn().getResponse();
    }

    private String body(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
