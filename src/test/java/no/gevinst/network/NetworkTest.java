package no.gevinst.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each rule of the method on a small hand-made network, and the slippage arithmetic. */
class NetworkTest {

    /** Booking module → digital booking in clinics → fewer no-shows → objective 6; all owned, nothing broken. */
    private final List<NetworkNode> sound = new ArrayList<>(List.of(
            node("booking", NodeKind.ENABLER, null, "2025-01-01"),
            node("process", NodeKind.BUSINESS_CHANGE, "Per Eide", "2025-03-01"),
            node("noshows", NodeKind.BENEFIT, "Per Eide", "2025-06-01"),
            node("objective6", NodeKind.OBJECTIVE, null, null)));

    private final List<NetworkLink> soundLinks = new ArrayList<>(List.of(
            link("booking", "process", null, 2),
            link("process", "noshows", null, 3),
            link("noshows", "objective6", null, 0)));

    @Test
    void aSoundNetworkBreaksNoRule() {
        assertThat(new Network(sound, soundLinks).violations()).isEmpty();
    }

    @Test
    void aCycleIsFoundWithItsPath() {
        soundLinks.add(link("noshows", "process", null, 0));
        assertThat(new Network(sound, soundLinks).violations())
                .filteredOn(v -> v.rule() == RuleViolation.Rule.CYCLE)
                .singleElement()
                .satisfies(v -> assertThat(v.nodes()).containsExactly("process", "noshows"));
    }

    @Test
    void aBenefitThatLeadsToNoObjectiveIsNamed() {
        soundLinks.removeIf(l -> l.to().equals("objective6"));
        assertThat(rules(new Network(sound, soundLinks))).containsExactly(RuleViolation.Rule.BENEFIT_WITHOUT_OBJECTIVE);
    }

    @Test
    void anEnablerOrChangeThatLeadsToNoBenefitIsNamed() {
        sound.add(node("portal", NodeKind.ENABLER, null, "2025-01-01"));
        sound.add(node("training", NodeKind.ENABLING_CHANGE, "Anne Vik", "2025-02-01"));
        soundLinks.add(link("portal", "training", null, 0));
        assertThat(new Network(sound, soundLinks).violations())
                .filteredOn(v -> v.rule() == RuleViolation.Rule.NOT_LEADING_TO_BENEFIT)
                .extracting(v -> v.nodes().getFirst())
                .containsExactly("portal", "training");
    }

    @Test
    void benefitsAndChangesWithoutOwnerAreNamed() {
        sound.set(1, node("process", NodeKind.BUSINESS_CHANGE, " ", "2025-03-01"));
        sound.set(2, node("noshows", NodeKind.BENEFIT, null, "2025-06-01"));
        assertThat(new Network(sound, soundLinks).violations())
                .filteredOn(v -> v.rule() == RuleViolation.Rule.MISSING_OWNER)
                .extracting(v -> v.nodes().getFirst())
                .containsExactly("process", "noshows");
    }

    @Test
    void contributionSharesIntoOneNodeAboveHundredPercentAreNamed() {
        sound.add(node("sms", NodeKind.BUSINESS_CHANGE, "Per Eide", "2025-03-01"));
        soundLinks.add(link("booking", "sms", null, 0));
        soundLinks.set(1, link("process", "noshows", "70", 3));
        soundLinks.add(link("sms", "noshows", "40", 0));
        assertThat(new Network(sound, soundLinks).violations()).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo(RuleViolation.Rule.SHARES_OVER_100);
            assertThat(v.detail()).isEqualTo("110");
        });
    }

    @Test
    void aDisbenefitNeedsAMitigation() {
        sound.add(node("capacity", NodeKind.DISBENEFIT, "Per Eide", "2025-01-01"));
        soundLinks.add(link("booking", "capacity", null, 0));
        assertThat(rules(new Network(sound, soundLinks)))
                .containsExactly(RuleViolation.Rule.DISBENEFIT_WITHOUT_MITIGATION);
        soundLinks.add(new NetworkLink("process", "capacity", NetworkLink.Kind.MITIGATES, null, 0));
        assertThat(new Network(sound, soundLinks).violations()).isEmpty();
    }

    @Test
    void aMovedEnablerPushesTheBenefitByTheLagsAlongThePath() {
        // The booking module moves from 1 Jan to 1 Apr 2025. The change can start 2 months later (1 Jun, after its
        // own 1 Mar), and the benefit 3 months after that: 1 Sep 2025 instead of 1 Jun.
        sound.set(
                0,
                new NetworkNode(
                        "booking",
                        NodeKind.ENABLER,
                        "Booking",
                        null,
                        "",
                        LocalDate.parse("2025-01-01"),
                        LocalDate.parse("2025-04-01")));
        List<SlippageForecast> slippage = new Network(sound, soundLinks).slippage();
        assertThat(slippage)
                .containsExactly(
                        new SlippageForecast(
                                "process", LocalDate.parse("2025-03-01"), LocalDate.parse("2025-06-01"), "booking"),
                        new SlippageForecast(
                                "noshows", LocalDate.parse("2025-06-01"), LocalDate.parse("2025-09-01"), "booking"));
    }

    @Test
    void anEnablerDeliveredEarlyDelaysNothing() {
        // Delivered 1 Dec 2024 instead of 1 Jan 2025: the change could start 1 Feb, before its own 1 Mar.
        sound.set(
                0,
                new NetworkNode(
                        "booking",
                        NodeKind.ENABLER,
                        "Booking",
                        null,
                        "",
                        LocalDate.parse("2025-01-01"),
                        LocalDate.parse("2024-12-01")));
        assertThat(new Network(sound, soundLinks).slippage()).isEmpty();
    }

    @Test
    void theUpstreamViewKeepsOnlyWhatLeadsToTheNode() {
        sound.add(node("other", NodeKind.OBJECTIVE, null, null));
        Network upstream = new Network(sound, soundLinks).upstreamOf("noshows");
        assertThat(upstream.nodes()).extracting(NetworkNode::id).containsExactly("booking", "process", "noshows");
        assertThat(upstream.links()).hasSize(2);
    }

    @Test
    void theDownstreamViewKeepsOnlyWhatTheNodeLeadsTo() {
        sound.add(node("portal", NodeKind.ENABLER, null, "2025-01-01"));
        sound.add(node("waits", NodeKind.BENEFIT, "Per Eide", "2025-09-01"));
        soundLinks.add(link("portal", "waits", null, 0));
        Network downstream = new Network(sound, soundLinks).downstreamOf("process");
        assertThat(downstream.nodes()).extracting(NetworkNode::id).containsExactly("process", "noshows", "objective6");
        assertThat(downstream.links()).hasSize(2);
        assertThat(new Network(sound, soundLinks).downstreamOf("nowhere").nodes())
                .isEmpty();
    }

    @Test
    void aLinkMustJoinNodesOfTheNetwork() {
        soundLinks.add(link("booking", "nowhere", null, 0));
        assertThatThrownBy(() -> new Network(sound, soundLinks)).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<RuleViolation.Rule> rules(Network network) {
        return network.violations().stream().map(RuleViolation::rule).toList();
    }

    private static NetworkNode node(String id, NodeKind kind, String owner, String planned) {
        return new NetworkNode(id, kind, id, owner, "", planned == null ? null : LocalDate.parse(planned), null);
    }

    private static NetworkLink link(String from, String to, String share, int lag) {
        return new NetworkLink(from, to, NetworkLink.Kind.LEADS_TO, share == null ? null : new BigDecimal(share), lag);
    }
}
