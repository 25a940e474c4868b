package no.gevinst.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.TestUsers;
import no.gevinst.access.Role;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.FieldViolation;
import no.gevinst.shared.InvalidInputException;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/** The DBEP network stored, read with the register's benefits and objectives, checked and drawn. */
@GevinstIntegrationTest
@AutoConfigureMockMvc
class NetworkServiceIT {

    @Autowired
    Networks networks;

    @Autowired
    Programmes programmes;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Test
    void anEnablerThroughAChangeLeadsToARegisterBenefitAndEveryWriteIsAudited() {
        Programme dbep = dbep();
        Network before = users.callAs("dina", () -> networks.of(dbep.id()));
        NetworkNode benefit = before.nodes().stream()
                .filter(n -> n.kind() == NodeKind.BENEFIT)
                .findFirst()
                .orElseThrow();
        long audited = audited();

        NetworkNode enabler =
                users.callAs("dina", () -> networks.addElement(dbep.id(), element("ENABLER", "Planmodul")));
        NetworkNode change = users.callAs(
                "dina", () -> networks.addElement(dbep.id(), element("BUSINESS_CHANGE", "Planer deles digitalt")));
        users.runAs("dina", () -> {
            networks.link(dbep.id(), new Networks.LinkInput(enabler.id(), change.id(), "", "", "2"));
            networks.link(dbep.id(), new Networks.LinkInput(change.id(), benefit.id(), "LEADS_TO", "40", ""));
        });

        Network after = users.callAs("dina", () -> networks.of(dbep.id()));
        assertThat(after.nodes()).extracting(NetworkNode::label).contains("Planmodul", "Planer deles digitalt");
        assertThat(after.links())
                .contains(new NetworkLink(enabler.id(), change.id(), NetworkLink.Kind.LEADS_TO, null, 2));
        assertThat(after.violations())
                .filteredOn(r -> r.rule() == RuleViolation.Rule.NOT_LEADING_TO_BENEFIT)
                .flatExtracting(RuleViolation::nodes)
                .doesNotContain(enabler.id(), change.id());
        // The register's benefit → objective links are part of the map.
        assertThat(after.links())
                .anyMatch(l -> l.from().equals(benefit.id())
                        && after.nodes().stream()
                                .anyMatch(n -> n.id().equals(l.to()) && n.kind() == NodeKind.OBJECTIVE));
        assertThat(audited() - audited).isEqualTo(4);
    }

    @Test
    void badElementsAndLinksAreRefusedNamingTheFieldAndWriteNothing() {
        Programme dbep = dbep();
        long elements = count("network_element");
        long links = count("network_link");
        assertThatThrownBy(() -> users.runAs(
                        "dina",
                        () -> networks.addElement(
                                dbep.id(),
                                new Networks.ElementInput("BENEFIT", " ", "", "not-a-person", "2026-13-01", ""))))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).violations())
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.list(FieldViolation.class))
                .extracting(FieldViolation::field)
                .containsExactlyInAnyOrder("kind", "label", "ownerId", "plannedDate");

        NetworkNode enabler =
                users.callAs("dina", () -> networks.addElement(dbep.id(), element("ENABLER", "Pasientportal")));
        NetworkNode prerequisite =
                users.callAs("dina", () -> networks.addElement(dbep.id(), element("PREREQUISITE", "Nettverk")));
        NetworkNode objective = users.callAs("dina", () -> networks.of(dbep.id())).nodes().stream()
                .filter(n -> n.kind() == NodeKind.OBJECTIVE)
                .findFirst()
                .orElseThrow();
        users.runAs(
                "dina",
                () -> networks.link(dbep.id(), new Networks.LinkInput(enabler.id(), prerequisite.id(), "", "", "")));
        long afterGoodLink = count("network_link");

        assertRefused(dbep, new Networks.LinkInput(prerequisite.id(), enabler.id(), "", "", ""), "to"); // a cycle
        assertRefused(dbep, new Networks.LinkInput(objective.id(), enabler.id(), "", "", ""), "to"); // backwards
        assertRefused(dbep, new Networks.LinkInput(enabler.id(), prerequisite.id(), "", "", ""), "to"); // twice
        assertRefused(dbep, new Networks.LinkInput(enabler.id(), objective.id(), "MITIGATES", "", ""), "to");
        assertRefused(
                dbep,
                new Networks.LinkInput(UUID.randomUUID().toString(), "x", "", "150", "-1"),
                "from",
                "to",
                "share",
                "lagMonths");
        assertThat(count("network_link")).isEqualTo(afterGoodLink).isEqualTo(links + 1);
        assertThat(count("network_element")).isEqualTo(elements + 2);
    }

    @Test
    void onlyTheProgrammesCoordinatorsChangeTheNetwork() {
        Programme dbep = dbep();
        String reader = users.withRole("leser-nett", Role.LESER, dbep.owner());
        assertThat(users.callAs(reader, () -> networks.of(dbep.id())).nodes()).isNotEmpty();
        assertThatThrownBy(() -> users.runAs(reader, () -> networks.addElement(dbep.id(), element("ENABLER", "X"))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theApiAnswersTheNetworkItsDrawingAndProblemDetails() throws Exception {
        Programme dbep = dbep();
        mvc.perform(get("/api/v1/programmes/" + dbep.id() + "/network").with(httpBasic("dina", "gevinst-demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.nodes[*].kind").value(Matchers.hasItems("BENEFIT", "OBJECTIVE")))
                .andExpect(jsonPath("$.violations").isArray());
        mvc.perform(get("/api/v1/programmes/" + dbep.id() + "/network.svg").with(httpBasic("dina", "gevinst-demo")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.startsWith("<svg")));
        mvc.perform(
                        post("/api/v1/programmes/" + dbep.id() + "/network/elements")
                                .with(httpBasic("dina", "gevinst-demo"))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"kind\": \"ENABLER\", \"label\": \"Meldingsløft\", \"plannedDate\": \"2027-03-01\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").isString());
        mvc.perform(post("/api/v1/programmes/" + dbep.id() + "/network/links")
                        .with(httpBasic("dina", "gevinst-demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"from\": \"nothing\", \"to\": \"nothing\", \"share\": \"abc\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.containsInAnyOrder("from", "to", "share")));
    }

    private void assertRefused(Programme dbep, Networks.LinkInput link, String... fields) {
        assertThatThrownBy(() -> users.runAs("dina", () -> networks.link(dbep.id(), link)))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).violations())
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.list(FieldViolation.class))
                .extracting(FieldViolation::field)
                .containsExactlyInAnyOrder(fields);
    }

    private static Networks.ElementInput element(String kind, String label) {
        return new Networks.ElementInput(kind, label, "", "", "2026-06-01", "");
    }

    private long audited() {
        return jdbc.sql("SELECT count(*) FROM audit_log WHERE entity_type LIKE 'network-%'")
                .query(Long.class)
                .single();
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    private Programme dbep() {
        return users.callAs(
                "dina",
                () -> programmes.visible().stream()
                        .filter(p -> p.code().equals("DBEP"))
                        .findFirst()
                        .orElseThrow());
    }
}
