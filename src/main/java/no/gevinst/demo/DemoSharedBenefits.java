package no.gevinst.demo;

import java.util.List;
import java.util.function.UnaryOperator;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.BenefitShare;
import no.gevinst.benefit.BenefitSharing;
import no.gevinst.network.LinkCommand;
import no.gevinst.network.NetworkNode;
import no.gevinst.network.Networks;
import no.gevinst.programme.Programme;
import no.gevinst.programme.ProgrammeInput;
import no.gevinst.programme.ProgrammeInput.PartyInput;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.ProgrammeId;
import org.springframework.stereotype.Component;

/**
 * The demo's benefit in the fellesrom (seed 000 §1: the largest gains lie between hospital, municipality and citizen,
 * under two strategies, Helse Midt-Norge's and Trondheim kommune's), read from {@code demo/shared-benefits.json}.
 * Trondheim kommune's own programme for taking Helseplattformen into use, and one Helseplattformen benefit it shares:
 * 60 % Helseplattformen, 40 % the kommune's programme. The shares and the figures are demo values.
 */
@Component
class DemoSharedBenefits {

    static final String FILE = "shared-benefits.json";

    private final Programmes programmes;
    private final DemoBenefits benefits;
    private final BenefitSharing sharing;
    private final Networks networks;

    DemoSharedBenefits(Programmes programmes, DemoBenefits benefits, BenefitSharing sharing, Networks networks) {
        this.networks = networks;
        this.programmes = programmes;
        this.benefits = benefits;
        this.sharing = sharing;
    }

    void load(Programme home, UnaryOperator<String> organisationId, UnaryOperator<String> personId) {
        for (DemoSharedBenefitData shared : DemoFiles.list(FILE, DemoSharedBenefitData[].class)) {
            Programme other = sharingProgramme(shared.programme(), organisationId, personId);
            Benefit benefit = benefits.create(home, shared.benefit(), organisationId, personId);
            BenefitShare proposed = sharing.propose(benefit.id(), other.id().toString(), shared.share());
            sharing.accept(benefit.id(), other.id(), proposed.version());
            onTheMap(home.id(), shared.linkedFrom(), benefit);
        }
    }

    /** On the home programme's map the given element leads to the benefit. */
    private void onTheMap(ProgrammeId home, String element, Benefit benefit) {
        String from = networks.of(home).nodes().stream()
                .filter(n -> n.label().equals(element))
                .map(NetworkNode::id)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No demo element " + element));
        networks.link(home, LinkCommand.parse(from, benefit.id().toString(), "LEADS_TO", "", ""));
    }

    /** The programme the benefit is shared with, created unless one its owner owns exists already. */
    private Programme sharingProgramme(
            DemoSharedBenefitData.SharingProgramme p,
            UnaryOperator<String> organisationId,
            UnaryOperator<String> personId) {
        OrganisationId owner = OrganisationId.of(organisationId.apply(p.owner()));
        return programmes.visible().stream()
                .filter(existing -> existing.owner().equals(owner))
                .findFirst()
                .orElseGet(() -> programmes.create(ProgrammeInput.builder()
                        .code(p.code())
                        .name(p.name())
                        .description(p.description())
                        .ownerOrganisationId(owner.toString())
                        .currentPhase(p.phase())
                        .phases(p.phases())
                        .parties(p.parties().stream()
                                .map(party -> new PartyInput(
                                        organisationId.apply(party.organisation()),
                                        personId.apply(party.person()),
                                        party.role()))
                                .toList())
                        .steeringGroup(List.of())
                        .build()));
    }
}
