package no.gevinst.network;

import static no.gevinst.FormRefusals.body;
import static no.gevinst.FormRefusals.errorBeside;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Map;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.TestUsers;
import no.gevinst.shared.ProgrammeId;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The network's element and link forms refuse bad input on the page itself: 422 with the page shown again, what was
 * typed kept (all sixteen fields of an element) and the error beside the field it names, 409 when the element changed
 * since it was read, nothing written either way. The link form sent by htmx (from the form or the drawing) gets the
 * same page, which htmx swaps in. A refused unlink answers the same way on the page its button was on (422), and
 * one of a link already gone is a conflict (409).
 */
@GevinstIntegrationTest
@AutoConfigureMockMvc
class NetworkFormsIT {

    private static final Map<String, String> CHANGE = Map.of(
            "today", "Papirskjema i dag",
            "future", "Skjema i journalen",
            "process", "Ny rutine for innkomst",
            "technology", "Planmodul",
            "organisation", "Ny rolle i mottak",
            "organisationalBarriers", "Vaner",
            "financialBarriers", "Lisenser",
            "barrierRemoval", "Opplæring");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Networks networks;

    @Test
    void anElementWithAnUnknownOwnerAndAnImpossibleDateIsShownAgainWithWhatWasTyped() throws Exception {
        String dbep = programme("DBEP");
        String before = rows(dbep);
        MockHttpServletResponse response = send(
                post("/programmes/" + dbep + "/network/elements")
                        .param("kind", "ENABLER")
                        .param("label", "Planmodul i journalen")
                        .param("ownerId", "not-a-person")
                        .param("release", "Sprint 14")
                        .param("plannedDate", "2027-02-30")
                        .param("description", "Skjema for innkomst"),
                "dina");
        assertThat(response.getStatus()).isEqualTo(422);
        String body = body(response);
        assertThat(body)
                .satisfies(errorBeside("element-ownerId"))
                .satisfies(errorBeside("element-plannedDate"))
                .contains("href=\"#element-ownerId\"")
                .contains("value=\"Planmodul i journalen\"")
                .contains("value=\"Sprint 14\"")
                .contains("value=\"2027-02-30\"")
                .contains("value=\"Skjema for innkomst\"");
        assertThat(Jsoup.parse(body).select("#element-kind option[selected]").attr("value"))
                .isEqualTo("ENABLER");
        assertThat(rows(dbep)).isEqualTo(before);
    }

    @Test
    void aChangeWithABadStatusKeepsAllItsSixteenFieldsAndAStaleOneIsAConflict() throws Exception {
        String dbep = programme("DBEP");
        Map<String, Object> change = jdbc.sql("""
                        SELECT id::text AS id, version::text AS version FROM network_element
                        WHERE programme_id = :p::uuid AND kind IN ('BUSINESS_CHANGE', 'ENABLING_CHANGE')
                        ORDER BY id LIMIT 1
                        """).param("p", dbep).query().singleRow();
        String path = "/programmes/" + dbep + "/network/elements/" + change.get("id");
        String before = rows(dbep);
        MockHttpServletResponse response = send(changed(post(path), "STALLED", (String) change.get("version")), "dina");
        assertThat(response.getStatus()).isEqualTo(422);
        String body = body(response);
        assertThat(body).satisfies(errorBeside("status")).contains("href=\"#status\"");
        Document page = Jsoup.parse(body);
        assertThat(page.select("#label").val()).isEqualTo("Ny timebok");
        assertThat(page.select("#release").val()).isEqualTo("R2");
        assertThat(page.select("#plannedDate").val()).isEqualTo("2027-03-01");
        assertThat(page.select("#description").text()).isEqualTo("Timeboka flyttes");
        CHANGE.forEach((field, typed) ->
                assertThat(page.select("#" + field).text()).as(field).isEqualTo(typed));
        assertThat(rows(dbep)).isEqualTo(before);

        MockHttpServletResponse stale = send(changed(post(path), "IN_PROGRESS", "999"), "dina");
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(body(stale)).contains("value=\"Ny timebok\"").contains("Noen andre har endret dette");
        assertThat(rows(dbep)).isEqualTo(before);

        MockHttpServletResponse staleRemoval = send(post(path + "/delete").param("version", "999"), "dina");
        assertThat(staleRemoval.getStatus()).isEqualTo(409);
        assertThat(body(staleRemoval)).contains("Noen andre har endret dette");
        assertThat(rows(dbep)).isEqualTo(before);
    }

    @Test
    void aLinkWithTooLargeAShareIsShownAgainAndHtmxGetsThePageToSwapIn() throws Exception {
        String dbep = programme("DBEP");
        String enabler = element(dbep, "ENABLER");
        String benefit = jdbc.sql("SELECT id::text FROM benefit WHERE programme_id = :p::uuid ORDER BY id LIMIT 1")
                .param("p", dbep)
                .query(String.class)
                .single();
        String before = rows(dbep);
        for (boolean htmx : new boolean[] {false, true}) {
            MockHttpServletRequestBuilder request = post("/programmes/" + dbep + "/network/links")
                    .param("from", enabler)
                    .param("to", benefit)
                    .param("kind", "LEADS_TO")
                    .param("share", "150")
                    .param("lagMonths", "3")
                    .param("origin", "form");
            if (htmx) {
                request.header("HX-Request", "true");
            }
            MockHttpServletResponse response = send(request, "dina");
            assertThat(response.getStatus()).as("htmx " + htmx).isEqualTo(422);
            String body = body(response);
            assertThat(body)
                    .satisfies(errorBeside("link-share"))
                    .contains("href=\"#link-share\"")
                    .contains("value=\"150\"")
                    .contains("value=\"3\"");
            Document page = Jsoup.parse(body);
            // htmx swaps #main of the answer in for the page's own (hx-select="#main"): the refusal is inside it.
            assertThat(page.select("#main #link-form [role=alert]").text()).contains("100");
            assertThat(page.select("#link-from option[selected]").attr("value")).isEqualTo(enabler);
            assertThat(page.select("#link-to option[selected]").attr("value")).isEqualTo(benefit);
        }
        assertThat(rows(dbep)).isEqualTo(before);
    }

    @Test
    void anUnlinkIsRefusedOnThePageItCameFromAndALinkAlreadyGoneIsAConflict() throws Exception {
        String dbep = programme("DBEP");
        // A link of its own, between two elements the demo does not link, so that other tests keep theirs.
        Map<String, Object> ends = jdbc.sql("""
                        SELECT e.id::text AS enabler, c.id::text AS change
                        FROM network_element e JOIN network_element c ON c.programme_id = e.programme_id
                        WHERE e.programme_id = :p::uuid AND e.kind = 'ENABLER' AND c.kind = 'BUSINESS_CHANGE'
                          AND NOT EXISTS (SELECT 1 FROM network_link l WHERE l.from_id = e.id AND l.to_id = c.id)
                        ORDER BY e.id, c.id LIMIT 1
                        """).param("p", dbep).query().singleRow();
        String enabler = (String) ends.get("enabler");
        String change = (String) ends.get("change");
        jdbc.sql("""
                        INSERT INTO network_link (id, programme_id, from_id, to_id, kind)
                        VALUES (gen_random_uuid(), :p::uuid, :f::uuid, :t::uuid, 'LEADS_TO')
                        """).param("p", dbep).param("f", enabler).param("t", change).update();
        String before = rows(dbep);
        String unlink = "/programmes/" + dbep + "/network/links/delete";

        // Ends that are no ids: the network page again, 422, why above it; htmx gets the same page to swap in.
        for (boolean htmx : new boolean[] {false, true}) {
            MockHttpServletRequestBuilder request =
                    post(unlink).param("from", "not-a-node").param("to", change);
            if (htmx) {
                request.header("HX-Request", "true");
            }
            MockHttpServletResponse response = send(request, "dina");
            assertThat(response.getStatus()).as("htmx " + htmx).isEqualTo(422);
            Document page = Jsoup.parse(body(response));
            assertThat(page.select("#main #unlink-error-summary").text()).contains("Velg et element");
            assertThat(page.select("#outline-heading")).isNotEmpty();
        }
        // A benefit's objective is the profile's to change: 422 with why.
        Network whole = users.callAs("dina", () -> networks.of(ProgrammeId.of(dbep)));
        NetworkLink register = whole.links().stream()
                .filter(l ->
                        whole.nodes().stream().anyMatch(n -> n.id().equals(l.to()) && n.kind() == NodeKind.OBJECTIVE))
                .findFirst()
                .orElseThrow();
        MockHttpServletResponse inRegister =
                send(post(unlink).param("from", register.from()).param("to", register.to()), "dina");
        assertThat(inRegister.getStatus()).isEqualTo(422);
        assertThat(Jsoup.parse(body(inRegister)).select("#unlink-error-summary").text())
                .contains("gevinstprofilens mål");
        assertThat(rows(dbep)).isEqualTo(before);

        // Removed from the element's page: back there, told so.
        MockHttpServletResponse removed =
                send(post(unlink).param("from", enabler).param("to", change).param("back", enabler), "dina");
        assertThat(removed.getStatus()).isEqualTo(302);
        assertThat(removed.getRedirectedUrl()).isEqualTo("/programmes/" + dbep + "/network/elements/" + enabler);
        assertThat(rows(dbep)).isNotEqualTo(before);
        String after = rows(dbep);

        // The same button pressed again on a page read before: the link is gone, 409, the element's page as it is.
        MockHttpServletResponse gone =
                send(post(unlink).param("from", enabler).param("to", change).param("back", enabler), "dina");
        assertThat(gone.getStatus()).isEqualTo(409);
        Document page = Jsoup.parse(body(gone));
        assertThat(page.select("#unlink-error-summary").text()).contains("finnes ikke lenger");
        assertThat(page.select("#links-heading")).isNotEmpty();
        assertThat(rows(dbep)).isEqualTo(after);
    }

    private static MockHttpServletRequestBuilder changed(
            MockHttpServletRequestBuilder request, String status, String version) {
        request.param("label", "Ny timebok")
                .param("status", status)
                .param("release", "R2")
                .param("plannedDate", "2027-03-01")
                .param("description", "Timeboka flyttes")
                .param("version", version);
        CHANGE.forEach(request::param);
        return request;
    }

    /** The programme's elements and links as stored, to see that a refused form wrote nothing. */
    private String rows(String programme) {
        return jdbc.sql("""
                        SELECT (SELECT count(*) FROM network_element WHERE programme_id = :p::uuid) || '/'
                            || (SELECT count(*) FROM network_link WHERE programme_id = :p::uuid) || '/'
                            || (SELECT coalesce(sum(version), 0) FROM network_element WHERE programme_id = :p::uuid)
                        """).param("p", programme).query(String.class).single();
    }

    private String element(String programme, String kind) {
        return jdbc.sql("""
                        SELECT id::text FROM network_element WHERE programme_id = :p::uuid AND kind = :k
                        ORDER BY id LIMIT 1
                        """)
                .param("p", programme)
                .param("k", kind)
                .query(String.class)
                .single();
    }

    private String programme(String code) {
        return jdbc.sql("SELECT id::text FROM programme WHERE code = :c")
                .param("c", code)
                .query(String.class)
                .single();
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, String user) throws Exception {
        return mvc.perform(request.with(users.session(user)).with(csrf()))
                .andReturn()
                .getResponse();
    }
}
