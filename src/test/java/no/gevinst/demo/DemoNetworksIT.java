package no.gevinst.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.TestUsers;
import no.gevinst.network.ElementId;
import no.gevinst.network.Network;
import no.gevinst.network.NetworkLink;
import no.gevinst.network.NetworkNode;
import no.gevinst.network.NetworkView;
import no.gevinst.network.Networks;
import no.gevinst.network.NodeKind;
import no.gevinst.network.RuleViolation;
import no.gevinst.network.SlippageForecast;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo's benefit maps keep the method's rules, and the slipped booking release shows as a forecast. */
@GevinstIntegrationTest
class DemoNetworksIT {

    private static final Set<RuleViolation.Rule> RULES = EnumSet.of(
            RuleViolation.Rule.CYCLE,
            RuleViolation.Rule.NOT_LEADING_TO_BENEFIT,
            RuleViolation.Rule.MISSING_OWNER,
            RuleViolation.Rule.DISBENEFIT_WITHOUT_MITIGATION,
            RuleViolation.Rule.SHARES_OVER_100,
            RuleViolation.Rule.BENEFIT_WITHOUT_OBJECTIVE);

    @Autowired
    Networks networks;

    @Autowired
    Programmes programmes;

    @Autowired
    TestUsers users;

    @Test
    void helseplattformensMapKeepsTheRulesAndForecastsTheSlippedBooking() {
        Programme hp = programme("HP");
        Network network = users.callAs("kari", () -> networks.of(hp.id()));
        Map<String, NetworkNode> byLabel = network.nodes().stream()
                .collect(Collectors.toMap(NetworkNode::label, Function.identity(), (a, b) -> a));

        assertThat(network.violations())
                .filteredOn(v -> RULES.contains(v.rule()))
                .isEmpty();
        long elements = network.nodes().stream().filter(NetworkNode::isElement).count();
        assertThat(elements).isBetween(25L, 40L);
        assertThat(network.nodes()).filteredOn(n -> n.kind() == NodeKind.DRIVER).hasSize(2);
        assertThat(network.nodes())
                .filteredOn(n -> n.kind() == NodeKind.DISBENEFIT)
                .allSatisfy(d -> assertThat(network.links())
                        .anyMatch(l -> l.to().equals(d.id()) && l.kind() == NetworkLink.Kind.MITIGATES));
        // Every benefit of every priority area has something leading to it.
        assertThat(network.nodes())
                .filteredOn(n -> n.kind() == NodeKind.BENEFIT)
                .hasSize(21)
                .allSatisfy(b -> assertThat(network.links()).anyMatch(l -> l.to().equals(b.id())));

        // Figure 1: the booking release moved three months, and the booking benefit with it.
        NetworkNode booking = byLabel.get("Digital timebestilling på helsenorge");
        assertThat(booking.movedDate()).isEqualTo(LocalDate.of(2024, 6, 1)).isAfter(booking.plannedDate());
        NetworkNode selfService = byLabel.get("Pasienten bestiller og endrer time selv");
        NetworkNode calls = network.nodes().stream()
                .filter(n -> n.label().endsWith("Færre telefonhenvendelser ved digital timebestilling"))
                .findFirst()
                .orElseThrow();
        List<SlippageForecast> slippage = network.slippage();
        assertThat(slippage)
                .contains(
                        new SlippageForecast(
                                selfService.id(), LocalDate.of(2024, 4, 1), LocalDate.of(2024, 7, 1), booking.id()),
                        new SlippageForecast(
                                calls.id(), LocalDate.of(2024, 6, 1), LocalDate.of(2024, 9, 1), booking.id()));

        // A change carries its endringsbeskrivelse.
        var change = users.callAs("kari", () -> networks.element(hp.id(), ElementId.of(selfService.id())));
        assertThat(change.owner()).isEqualTo("Per Eide");
        assertThat(change.change().today()).contains("ringer");
        assertThat(change.change().barrierRemoval()).isNotBlank();

        String svg = users.callAs("kari", () -> networks.svg(hp.id(), NetworkView.WHOLE));
        assertThat(svg).startsWith("<svg").contains("timebestilling", "innbygger");
    }

    @Test
    void dbepsMapHasThePortalTheApiKjernejournalAndTeamwork() {
        Programme dbep = programme("DBEP");
        Network network = users.callAs("dina", () -> networks.of(dbep.id()));
        Set<String> demo = Set.of(
                "Kjernejournal-integrasjon",
                "Behandlerportal i kjernejournal",
                "Innbyggerløsning på helsenorge",
                "API for EPJ-leverandører",
                "Kommunene har tatt i bruk kjernejournal",
                "EPJ-leverandørene integrerer API-et",
                "Teambasert arbeid med felles plan",
                "Samarbeid med EPJ-leverandørene",
                "Pilot i kommune, HF og legekontor",
                "Planen deles digitalt, ikke på papir",
                "Kommune, fastlege og HF oppdaterer plan",
                "Pasienten følger egen plan på helsenorge",
                "Behandlere bruker planen i egen EPJ",
                "Nasjonal helse- og sykehusplan",
                "Handlingsplan for allmennlegetjenesten",
                "Fremtidens primærhelsetjeneste");
        assertThat(network.nodes()).extracting(NetworkNode::label).containsAll(demo);
        Set<String> demoIds = network.nodes().stream()
                .filter(n -> demo.contains(n.label()))
                .map(NetworkNode::id)
                .collect(Collectors.toSet());
        // Other tests add elements of their own to DBEP; the demo's own must keep the rules.
        assertThat(network.violations())
                .filteredOn(v -> RULES.contains(v.rule()))
                .filteredOn(v -> v.rule() == RuleViolation.Rule.DISBENEFIT_WITHOUT_MITIGATION
                        || v.rule() == RuleViolation.Rule.BENEFIT_WITHOUT_OBJECTIVE
                        || v.nodes().stream().anyMatch(demoIds::contains))
                .isEmpty();
        NetworkNode doubleWork = network.nodes().stream()
                .filter(n -> n.kind() == NodeKind.DISBENEFIT)
                .findFirst()
                .orElseThrow();
        assertThat(network.links())
                .filteredOn(l -> l.to().equals(doubleWork.id()) && l.kind() == NetworkLink.Kind.MITIGATES)
                .hasSize(2);
    }

    private Programme programme(String code) {
        return users.callAs(
                code.equals("HP") ? "kari" : "dina",
                () -> programmes.visible().stream()
                        .filter(p -> p.code().equals(code))
                        .findFirst()
                        .orElseThrow());
    }
}
