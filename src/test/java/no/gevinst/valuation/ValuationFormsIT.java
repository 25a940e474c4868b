package no.gevinst.valuation;

import static no.gevinst.FormRefusals.body;
import static no.gevinst.FormRefusals.errorBeside;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Map;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.TestUsers;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.BenefitId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The valuation page's forms refuse bad input on the page itself: 422 with the page shown again, the form holding what
 * was typed and the error beside the field it names, 409 when what the form read changed since, nothing written
 * either way. On the demo's DBEP programme, as its coordinator.
 */
@GevinstIntegrationTest
@AutoConfigureMockMvc
class ValuationFormsIT {

    private static final String COORDINATOR = "dina";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Programmes programmes;

    @Autowired
    Valuations valuations;

    private Programme dbep;

    @BeforeEach
    void theDbepProgramme() {
        dbep = users.callAs(
                COORDINATOR,
                () -> programmes.visible().stream()
                        .filter(p -> p.code().equals("DBEP"))
                        .findFirst()
                        .orElseThrow());
    }

    @Test
    void anAssumptionThatIsNoNumberIsShownAgainWithWhatWasTypedAndAStaleOneIsAConflict() throws Exception {
        String before = rows();
        MockHttpServletResponse response = send(post(path("/assumptions"))
                .param("name", "skjemaprove")
                .param("likely", "mye")
                .param("unit", "timer")
                .param("source", "Anslag fra skjemaprøven"));
        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(body(response))
                .contains("value=\"mye\"")
                .contains("value=\"skjemaprove\"")
                .satisfies(errorBeside("a-likely"))
                .contains("href=\"#a-likely\"")
                .contains("Mest sannsynlig");
        Map.Entry<String, Long> existing = users.callAs(
                COORDINATOR,
                () -> valuations
                        .versions(dbep.id())
                        .assumptions()
                        .entrySet()
                        .iterator()
                        .next());
        MockHttpServletResponse stale = send(post(path("/assumptions"))
                .param("name", existing.getKey())
                .param("likely", "42")
                .param("readVersions", existing.getKey() + "=" + (existing.getValue() + 100)));
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(body(stale)).contains("value=\"42\"").contains("Noen andre har endret dette");
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void aCostOfNoAmountIsShownAgainWithWhatWasTypedAtItsField() throws Exception {
        String before = rows();
        MockHttpServletResponse response = send(post(path("/costs"))
                .param("kind", "RUNNING")
                .param("actor", "OTHER_STATE")
                .param("year", "2027")
                .param("amount", "mange")
                .param("description", "Forvaltning i skjemaprøven"));
        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(body(response))
                .contains("value=\"mange\"")
                .contains("value=\"Forvaltning i skjemaprøven\"")
                .satisfies(errorBeside("cost-amount"))
                .contains("Beløp (kr)");
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void aModelWithAParameterThatIsNoFormulaIsShownAgainAndAStaleOneIsAConflict() throws Exception {
        String before = rows();
        Map.Entry<BenefitId, Long> priced = users.callAs(
                COORDINATOR,
                () -> valuations
                        .versions(dbep.id())
                        .models()
                        .entrySet()
                        .iterator()
                        .next());
        MockHttpServletResponse response = send(model(priced.getKey(), priced.getValue(), "12 +"));
        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(body(response))
                .contains("value=\"12 +\"")
                .contains("value=\"5; 11; 12\"")
                .satisfies(errorBeside("model-parametersperiodsPerYear"))
                .contains("Perioder per år");
        MockHttpServletResponse stale = send(model(priced.getKey(), priced.getValue() + 100, "12"));
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(body(stale)).contains("Noen andre har endret dette");
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void aPeriodThatEndsBeforeItBeginsIsShownAgainAndAStaleOneIsAConflict() throws Exception {
        String before = rows();
        Long version =
                users.callAs(COORDINATOR, () -> valuations.versions(dbep.id()).settings());
        MockHttpServletResponse response = send(post(path("/settings"))
                .param("firstYear", "2030")
                .param("lastYear", "2022")
                .param("workingHoursPerPerson", "1 695")
                .param("version", version == null ? "" : version.toString()));
        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(body(response))
                .contains("value=\"2030\"")
                .satisfies(errorBeside("s-lastYear"))
                .contains("Siste år");
        MockHttpServletResponse stale = send(post(path("/settings"))
                .param("firstYear", "2022")
                .param("lastYear", "2041")
                .param("workingHoursPerPerson", "1 695")
                .param("version", Long.toString(version == null ? 999 : version + 100)));
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(body(stale)).contains("value=\"2041\"").contains("Noen andre har endret dette");
        assertThat(rows()).isEqualTo(before);
    }

    private MockHttpServletRequestBuilder model(BenefitId benefit, long version, String periodsPerYear) {
        return post(path("/model"))
                .param("benefit", benefit.toString())
                .param("kind", "TIME_SAVING")
                .param("actor", "MUNICIPALITIES")
                .param("p_persons", "10")
                .param("p_minutesPerPeriod", "30")
                .param("p_periodsPerYear", periodsPerYear)
                .param("p_hourlyCost", "600")
                .param("phaseInFirstYear", "2022")
                .param("phaseInForm", "INCREASES")
                .param("phaseInShares", "5; 11; 12")
                .param("version", Long.toString(version));
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(users.session(COORDINATOR)).with(csrf()))
                .andReturn()
                .getResponse();
    }

    private String path(String form) {
        return "/programmes/" + dbep.id() + "/valuation" + form;
    }

    /** The programme's valuation as stored, to see that a refused form wrote nothing. */
    private String rows() {
        return jdbc.sql("""
                        SELECT md5(coalesce((SELECT string_agg(a::text, '|' ORDER BY a::text) FROM assumption a
                                             WHERE a.programme_id = :p), '')
                            || '#' || coalesce((SELECT string_agg(c::text, '|' ORDER BY c::text) FROM valuation_cost c
                                                WHERE c.programme_id = :p), '')
                            || '#' || coalesce((SELECT string_agg(s::text, '|') FROM valuation_settings s
                                                WHERE s.programme_id = :p), '')
                            || '#' || coalesce((SELECT string_agg(v::text, '|' ORDER BY v::text) FROM benefit_valuation v
                                                JOIN benefit b ON b.id = v.benefit_id WHERE b.programme_id = :p), ''))
                        """).param("p", dbep.id().value()).query(String.class).single();
    }
}
