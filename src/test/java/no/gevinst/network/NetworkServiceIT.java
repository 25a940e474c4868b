package no.gevinst.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.TestUsers;
import no.gevinst.access.Role;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.FieldViolation;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.NotFoundException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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

        String enabler = add(dbep, element("ENABLER", "Planmodul"));
        String change = add(dbep, element("BUSINESS_CHANGE", "Planer deles digitalt"));
        users.runAs("dina", () -> {
            networks.link(dbep.id(), LinkCommand.parse(enabler, change, "", "", "2"));
            networks.link(dbep.id(), LinkCommand.parse(change, benefit.id(), "LEADS_TO", "40", ""));
        });

        Network after = users.callAs("dina", () -> networks.of(dbep.id()));
        assertThat(after.nodes()).extracting(NetworkNode::label).contains("Planmodul", "Planer deles digitalt");
        assertThat(after.links()).contains(new NetworkLink(enabler, change, NetworkLink.Kind.LEADS_TO, null, 2));
        assertThat(after.violations())
                .filteredOn(r -> r.rule() == RuleViolation.Rule.NOT_LEADING_TO_BENEFIT)
                .flatExtracting(RuleViolation::nodes)
                .doesNotContain(enabler, change);
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
                                dbep.id(), ElementCommands.of("BENEFIT", " ", "not-a-person", "", "2026-13-01", ""))))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).violations())
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.list(FieldViolation.class))
                .extracting(FieldViolation::field)
                .containsExactlyInAnyOrder("kind", "label", "ownerId", "plannedDate");

        String enabler = add(dbep, element("ENABLER", "Pasientportal"));
        String prerequisite = add(dbep, element("PREREQUISITE", "Nettverk"));
        NetworkNode objective = users.callAs("dina", () -> networks.of(dbep.id())).nodes().stream()
                .filter(n -> n.kind() == NodeKind.OBJECTIVE)
                .findFirst()
                .orElseThrow();
        users.runAs("dina", () -> networks.link(dbep.id(), LinkCommand.parse(enabler, prerequisite, "", "", "")));
        long afterGoodLink = count("network_link");

        assertRefused(dbep, new Networks.LinkInput(prerequisite, enabler, "", "", ""), "to"); // a cycle
        assertRefused(dbep, new Networks.LinkInput(objective.id(), enabler, "", "", ""), "to"); // backwards
        assertRefused(dbep, new Networks.LinkInput(enabler, prerequisite, "", "", ""), "to"); // twice
        assertRefused(dbep, new Networks.LinkInput(enabler, objective.id(), "MITIGATES", "", ""), "to");
        // What does not read is refused at the edge; an id the network lacks, by the module.
        assertRefused(
                dbep,
                new Networks.LinkInput(UUID.randomUUID().toString(), "x", "", "150", "-1"),
                "to",
                "share",
                "lagMonths");
        assertRefused(dbep, new Networks.LinkInput(UUID.randomUUID().toString(), enabler, "", "", ""), "from");
        assertThat(count("network_link")).isEqualTo(afterGoodLink).isEqualTo(links + 1);
        assertThat(count("network_element")).isEqualTo(elements + 2);
    }

    @Test
    void onlyTheProgrammesCoordinatorsChangeTheNetwork() {
        Programme dbep = dbep();
        String reader = users.withRole("leser-nett", Role.LESER, dbep.owner());
        assertThat(users.callAs(reader, () -> networks.of(dbep.id())).nodes()).isNotEmpty();
        assertThatThrownBy(() -> users.runAs(
                        reader, () -> networks.addElement(dbep.id(), ElementCommand.parse(element("ENABLER", "X")))))
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

    @Test
    void movingAnEnablersDeliveryDelaysTheBenefitDownstreamByTheLags() {
        Programme dbep = dbep();
        NetworkNode benefit = users.callAs("dina", () -> networks.of(dbep.id())).nodes().stream()
                .filter(n -> n.kind() == NodeKind.BENEFIT && n.plannedDate() != null)
                .findFirst()
                .orElseThrow();
        String enabler = add(dbep, Networks.ElementInput.of("ENABLER", "Varsler", "", "Sprint 9", "2020-01-01", ""));
        String change =
                add(dbep, Networks.ElementInput.of("ENABLING_CHANGE", "Nye rutiner for varsling", "", "", "", ""));
        users.runAs("dina", () -> {
            networks.link(dbep.id(), LinkCommand.parse(enabler, change, "", "", "2"));
            networks.link(dbep.id(), LinkCommand.parse(change, benefit.id(), "", "", "3"));
        });
        LocalDate moved = benefit.plannedDate().plusMonths(1);
        users.callAs(
                "dina",
                () -> networks.updateElement(
                        dbep.id(),
                        ElementId.of(enabler),
                        ElementCommands.change("ENABLER", "Varsler", "", "Sprint 12", "2024-01-01", moved.toString())));

        // The benefit can start no earlier than the new delivery plus 2 and 3 months of lag.
        assertThat(users.callAs("dina", () -> networks.of(dbep.id())).slippage())
                .contains(new SlippageForecast(benefit.id(), benefit.plannedDate(), moved.plusMonths(5), enabler));
    }

    @Test
    void aChangeKeepsItsDescriptionAndAnEnablerMayNotHaveOne() {
        Programme dbep = dbep();
        ChangeDescription description = new ChangeDescription(
                "Planer skrives på papir",
                "Planen deles digitalt",
                "Felles planmøte",
                "Planmodul i EPJ",
                "Teamkoordinator",
                "Vaner",
                "Lisenser",
                "Opplæring og lisens fra sentralt budsjett");
        String change = add(dbep, element("BUSINESS_CHANGE", "Teambasert plan").withChange(description));

        NetworkElement read = users.callAs("dina", () -> networks.element(dbep.id(), ElementId.of(change)));
        assertThat(read.change()).isEqualTo(description);
        assertThat(read.status()).isEqualTo(ElementStatus.PLANNED);

        long descriptions = count("change_description");
        assertThatThrownBy(() -> add(dbep, element("ENABLER", "Portal").withChange(description)))
                .isInstanceOf(InvalidInputException.class)
                .extracting(
                        e -> ((InvalidInputException) e).violations().getFirst().field())
                .isEqualTo("today");
        // What does not read is refused at the edge, before the element is looked at ...
        assertThatThrownBy(() -> ElementCommand.parseChange(ElementInputBuilder.element()
                        .kind("ENABLER")
                        .label("Teambasert plan")
                        .status("DONE-ISH")
                        .movedDate("2027-01-01")
                        .build()))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).violations())
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.list(FieldViolation.class))
                .extracting(FieldViolation::field)
                .containsExactly("status");
        // ... and what breaks the stored element's rules (its kind stays; only an enabler is moved) by the module.
        assertThatThrownBy(() -> users.runAs(
                        "dina",
                        () -> networks.updateElement(
                                dbep.id(),
                                ElementId.of(change),
                                ElementCommands.change("ENABLER", "Teambasert plan", "", "", "", "2027-01-01"))))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).violations())
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.list(FieldViolation.class))
                .extracting(FieldViolation::field)
                .containsExactly("kind");
        assertThatThrownBy(() -> users.runAs(
                        "dina",
                        () -> networks.updateElement(
                                dbep.id(),
                                ElementId.of(change),
                                ElementCommands.change("", "Teambasert plan", "", "", "", "2027-01-01"))))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).violations())
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.list(FieldViolation.class))
                .extracting(FieldViolation::field)
                .containsExactly("movedDate");
        assertThat(count("change_description")).isEqualTo(descriptions);
        assertThat(users.callAs("dina", () -> networks.element(dbep.id(), ElementId.of(change)))
                        .change())
                .isEqualTo(description);
    }

    @Test
    void removingAnElementTakesItsLinksAndAnUnlinkedLinkIsGone() {
        Programme dbep = dbep();
        String enabler = add(dbep, element("ENABLER", "Meldingstjeneste"));
        String change = add(
                dbep,
                element("ENABLING_CHANGE", "Ny arbeidsflyt")
                        .withChange(new ChangeDescription("I dag", "I morgen", "", "", "", "", "", "")));
        String other = add(dbep, element("ENABLER", "Innloggingstjeneste"));
        users.runAs("dina", () -> {
            networks.link(dbep.id(), LinkCommand.parse(enabler, change, "", "", ""));
            networks.link(dbep.id(), LinkCommand.parse(other, change, "", "", ""));
        });
        long links = count("network_link");

        users.runAs("dina", () -> networks.unlink(dbep.id(), other, change));
        assertThat(count("network_link")).isEqualTo(links - 1);
        users.runAs("dina", () -> networks.removeElement(dbep.id(), ElementId.of(change)));

        Network after = users.callAs("dina", () -> networks.of(dbep.id()));
        assertThat(after.nodes()).extracting(NetworkNode::id).doesNotContain(change);
        assertThat(after.links()).noneMatch(l -> l.from().equals(change) || l.to().equals(change));
        assertThat(count("network_link")).isEqualTo(links - 2);
        assertThatThrownBy(() -> users.runAs("dina", () -> networks.element(dbep.id(), ElementId.of(change))))
                .isInstanceOf(NotFoundException.class);
        // A benefit's objectives belong to its profile: the map will not drop them.
        NetworkLink registerLink = after.links().stream()
                .filter(l ->
                        after.nodes().stream().anyMatch(n -> n.id().equals(l.to()) && n.kind() == NodeKind.OBJECTIVE))
                .findFirst()
                .orElseThrow();
        assertThatThrownBy(() ->
                        users.runAs("dina", () -> networks.unlink(dbep.id(), registerLink.from(), registerLink.to())))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void viewsShowWhatLeadsToAnObjectiveOrABenefitAndWhatConcernsAParty() {
        Programme dbep = dbep();
        Network whole = users.callAs("dina", () -> networks.of(dbep.id()));
        NetworkNode benefit = whole.nodes().stream()
                .filter(n -> n.kind() == NodeKind.BENEFIT)
                .findFirst()
                .orElseThrow();
        String enabler = add(dbep, element("ENABLER", "Kun for én gevinst"));
        users.runAs("dina", () -> networks.link(dbep.id(), LinkCommand.parse(enabler, benefit.id(), "", "", "")));

        Network upstream = users.callAs(
                "dina", () -> networks.of(dbep.id(), new NetworkView(NetworkView.Kind.UPSTREAM, benefit.id())));
        assertThat(upstream.nodes()).extracting(NetworkNode::id).contains(benefit.id(), enabler);
        assertThat(upstream.nodes()).noneMatch(n -> n.kind() == NodeKind.OBJECTIVE);

        String objective = users.callAs("dina", () -> networks.of(dbep.id())).links().stream()
                .filter(l -> l.from().equals(benefit.id()))
                .map(NetworkLink::to)
                .findFirst()
                .orElseThrow();
        Network toObjective = users.callAs(
                "dina", () -> networks.of(dbep.id(), new NetworkView(NetworkView.Kind.OBJECTIVE, objective)));
        assertThat(toObjective.nodes()).extracting(NetworkNode::id).contains(objective, benefit.id(), enabler);
        assertThat(toObjective.nodes())
                .filteredOn(n -> n.kind() == NodeKind.OBJECTIVE)
                .extracting(NetworkNode::id)
                .containsExactly(objective);

        Network party = users.callAs(
                "dina",
                () -> networks.of(
                        dbep.id(),
                        new NetworkView(NetworkView.Kind.PARTY, dbep.owner().toString())));
        assertThat(party.nodes().size()).isLessThanOrEqualTo(whole.nodes().size() + 1);

        assertThatThrownBy(() -> users.runAs(
                        "dina",
                        () -> networks.of(
                                dbep.id(),
                                new NetworkView(
                                        NetworkView.Kind.UPSTREAM,
                                        UUID.randomUUID().toString()))))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theApiServesViewsEditsAndAPdfThatOpens() throws Exception {
        Programme dbep = dbep();
        String element = add(dbep, element("ENABLER", "Kjernejournal-oppslag"));
        String reader = users.withRole("leser-api-nett", Role.LESER, dbep.owner());
        String base = "/api/v1/programmes/" + dbep.id() + "/network";
        mvc.perform(get(base).param("view", "SIDEWAYS").with(httpBasic("dina", "gevinst-demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("view"));
        mvc.perform(get(base).param("view", "OBJECTIVE").with(httpBasic("dina", "gevinst-demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("focus"));
        mvc.perform(put(base + "/elements/" + element)
                        .with(httpBasic("dina", "gevinst-demo"))
                        .header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"label\": \"Kjernejournal-oppslag\", \"status\": \"IN_PROGRESS\","
                                + " \"release\": \"R3\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("IN_PROGRESS"))
                .andExpect(jsonPath("$.release").value("R3"))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(get(base + "/elements/" + element).with(httpBasic(reader, TestUsers.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("ENABLER"));
        mvc.perform(delete(base + "/elements/" + element)
                        .with(httpBasic(reader, TestUsers.PASSWORD))
                        .header("If-Match", "\"1\""))
                .andExpect(status().isForbidden());

        byte[] pdf = mvc.perform(get(base + ".pdf").with(httpBasic("dina", "gevinst-demo")))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(document)).contains(dbep.name());
        }

        mvc.perform(delete(base + "/elements/" + element)
                        .with(httpBasic("dina", "gevinst-demo"))
                        .header("If-Match", "\"1\""))
                .andExpect(status().isNoContent());
        mvc.perform(get(base + "/elements/" + element).with(httpBasic("dina", "gevinst-demo")))
                .andExpect(status().isNotFound());
    }

    private void assertRefused(Programme dbep, Networks.LinkInput link, String... fields) {
        assertThatThrownBy(() -> users.runAs("dina", () -> networks.link(dbep.id(), LinkCommand.parse(link))))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).violations())
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.list(FieldViolation.class))
                .extracting(FieldViolation::field)
                .containsExactlyInAnyOrder(fields);
    }

    private static Networks.ElementInput element(String kind, String label) {
        return Networks.ElementInput.of(kind, label, "", "", "2026-06-01", "");
    }

    private String add(Programme programme, Networks.ElementInput input) {
        return users.callAs("dina", () -> networks.addElement(programme.id(), ElementCommand.parse(input)))
                .id()
                .toString();
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
