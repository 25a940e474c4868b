package no.gevinst.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.TestUsers;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The map's page as a browser without JavaScript gets it: a link refused is told beside the form that sent it, on the
 * page answered at once (422); the drawing's boxes say their labels in full; the delay list shows Norwegian dates.
 * Refusals only: nothing is written, so the other tests meet the demo's maps as loaded.
 */
@GevinstIntegrationTest
@AutoConfigureMockMvc
class NetworkPageIT {

    @Autowired
    Networks networks;

    @Autowired
    Programmes programmes;

    @Autowired
    TestUsers users;

    @Autowired
    MockMvc mvc;

    @Test
    void aRefusedLinkIsToldBesideTheFormThatSentItOrBesideTheDrawing() throws Exception {
        Programme dbep = programme("dina", "DBEP");
        Network map = users.callAs("dina", () -> networks.of(dbep.id()));
        String objective = first(map, NodeKind.OBJECTIVE).id();
        String enabler = first(map, NodeKind.ENABLER).id();

        Document fromForm = sent(dbep, objective, enabler, "form");
        assertThat(fromForm.select("#link-form [role=alert]").text()).contains("Koblinger går fra tiltak mot mål");
        assertThat(fromForm.select("section[aria-labelledby=drawing-heading] [role=alert]"))
                .isEmpty();

        Document fromDrawing = sent(dbep, objective, enabler, "drawing");
        assertThat(fromDrawing
                        .select("section[aria-labelledby=drawing-heading] [data-link-result] [role=alert]")
                        .text())
                .contains("Koblinger går fra tiltak mot mål");
        assertThat(fromDrawing.select("#link-form [role=alert]")).isEmpty();
    }

    @Test
    void theBoxesSayTheirLabelsInFullAndTheDelaysHaveNorwegianDates() throws Exception {
        Programme hp = programme("kari", "HP");
        Document page = page(hp, "kari");
        Network map = users.callAs("kari", () -> networks.of(hp.id()));
        for (NetworkNode node : map.nodes()) {
            Element box = page.selectFirst(".network-pane svg [data-id=\"" + node.id() + "\"]");
            assertThat(box).as(node.label()).isNotNull();
            Element link = box.parent();
            assertThat(link.attr("aria-label")).contains(node.label());
            assertThat(link.selectFirst("title").text()).contains(node.label());
            if (node.owner() != null) {
                assertThat(link.attr("aria-label")).contains(node.owner());
            }
        }
        var delays = page.select("section[aria-labelledby=rules-heading] li:contains(planlagt)");
        assertThat(delays).isNotEmpty();
        delays.forEach(li -> assertThat(li.text())
                .containsPattern("planlagt \\d{2}\\.\\d{2}\\.\\d{4}, nå tidligst \\d{2}\\.\\d{2}\\.\\d{4}")
                .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}"));
    }

    /**
     * Sends the link form as the page would: refused, the page comes back at once (422) with the refusal told beside
     * what sent it, and nothing is flashed.
     */
    private Document sent(Programme programme, String from, String to, String origin) throws Exception {
        MvcResult sent = mvc.perform(post("/programmes/" + programme.id() + "/network/links")
                        .with(users.session("dina"))
                        .with(csrf())
                        .param("from", from)
                        .param("to", to)
                        .param("kind", "LEADS_TO")
                        .param("origin", origin))
                .andReturn();
        assertThat(sent.getResponse().getStatus()).isEqualTo(422);
        return Jsoup.parse(sent.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private Document page(Programme programme, String user) throws Exception {
        return Jsoup.parse(
                mvc.perform(get("/programmes/" + programme.id() + "/network").with(users.session(user)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8));
    }

    private static NetworkNode first(Network map, NodeKind kind) {
        return map.nodes().stream().filter(n -> n.kind() == kind).findFirst().orElseThrow();
    }

    private Programme programme(String user, String code) {
        return users.callAs(
                user,
                () -> programmes.visible().stream()
                        .filter(p -> p.code().equals(code))
                        .findFirst()
                        .orElseThrow());
    }
}
