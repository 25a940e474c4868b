package no.gevinst.demo;

import java.util.List;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.BenefitInput;
import no.gevinst.benefit.BenefitInput.AllocationInput;
import no.gevinst.benefit.BenefitShare;
import no.gevinst.benefit.BenefitSharing;
import no.gevinst.benefit.Benefits;
import no.gevinst.network.NetworkNode;
import no.gevinst.network.Networks;
import no.gevinst.organisation.Person;
import no.gevinst.programme.FrameworkItem;
import no.gevinst.programme.Objective;
import no.gevinst.programme.Programme;
import no.gevinst.programme.ProgrammeInput;
import no.gevinst.programme.ProgrammeInput.PartyInput;
import no.gevinst.programme.ProgrammeInput.PhaseInput;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.PersonId;
import no.gevinst.shared.ProgrammeId;
import org.springframework.stereotype.Component;

/**
 * The demo's benefit in the fellesrom (seed 000 §1: the largest gains lie between hospital, municipality and citizen,
 * under two strategies, Helse Midt-Norge's and Trondheim kommune's). Trondheim kommune's own programme for taking
 * Helseplattformen into use, and one Helseplattformen benefit it shares: 60 % Helseplattformen, 40 % the kommune's
 * programme. The shares and the figures are demo values.
 */
@Component
class DemoSharedBenefits {

    static final String CODE = "TKHP";
    static final String TITLE = "Færre dobbeltregistreringer i fellesrommet mellom sykehus og kommune";

    private final Programmes programmes;
    private final Benefits benefits;
    private final BenefitSharing sharing;
    private final Networks networks;

    DemoSharedBenefits(Programmes programmes, Benefits benefits, BenefitSharing sharing, Networks networks) {
        this.networks = networks;
        this.programmes = programmes;
        this.benefits = benefits;
        this.sharing = sharing;
    }

    /** The benefit is owned by the kommune's head of health and welfare, as its other fellesrom benefits are. */
    void load(
            ProgrammeId hp,
            OrganisationId trondheim,
            OrganisationId stOlavs,
            OrganisationId hmn,
            Person hilde,
            Person lars) {
        Programme kommune = trondheimProgramme(trondheim, hilde.id());
        Benefit fewerDuplicates = benefits.create(fewerDuplicates(hp, trondheim, stOlavs, hmn, lars, hilde));
        BenefitShare proposed =
                sharing.propose(fewerDuplicates.id(), kommune.id().toString(), "40");
        sharing.accept(fewerDuplicates.id(), kommune.id(), proposed.version());
        onTheMap(hp, fewerDuplicates);
    }

    /** On Helseplattformen's map the shared journal leads to the benefit (its effektmål 4 comes from its profile). */
    private void onTheMap(ProgrammeId hp, Benefit benefit) {
        String journal = networks.of(hp).nodes().stream()
                .filter(n -> n.label().equals("Felles journal for sykehus og kommune"))
                .map(NetworkNode::id)
                .findFirst()
                .orElseThrow();
        networks.link(hp, new Networks.LinkInput(journal, benefit.id().toString(), "LEADS_TO", "", ""));
    }

    /** Trondheim kommune's programme, created unless one it owns exists already. */
    private Programme trondheimProgramme(OrganisationId trondheim, PersonId hilde) {
        return programmes.visible().stream()
                .filter(p -> p.owner().equals(trondheim))
                .findFirst()
                .orElseGet(() -> programmes.create(ProgrammeInput.builder()
                        .code(CODE)
                        .name("Helseplattformen i Trondheim kommune")
                        .description("""
                        Trondheim kommunes program for å ta i bruk Helseplattformen i helse og velferd, under \
                        kommunens egen gevinstrealiseringsstrategi, som skal spille sammen med Helse Midt-Norges \
                        (seed 000 §1). Demoprogram.""")
                        .ownerOrganisationId(trondheim.toString())
                        .currentPhase("REALISE")
                        .phases(List.of(
                                new PhaseInput("IDENTIFY", "2019-04-01", "2019-12-31"),
                                new PhaseInput("PLAN", "2020-01-01", "2022-12-31"),
                                new PhaseInput("REALISE", "2022-11-01", null)))
                        .parties(List.of(new PartyInput(trondheim.toString(), hilde.toString(), "Eier")))
                        .build()));
    }

    private BenefitInput fewerDuplicates(
            ProgrammeId hp,
            OrganisationId trondheim,
            OrganisationId stOlavs,
            OrganisationId hmn,
            Person owner,
            Person responsible) {
        Programme programme = programmes.find(hp).orElseThrow();
        String collaboration = programmes.objectives(hp).stream()
                .filter(o -> o.number() == 4)
                .map(Objective::id)
                .map(Object::toString)
                .findFirst()
                .orElseThrow();
        String area = programme.areas().stream()
                .filter(a -> a.name().equals("Kostnadsbesparelser"))
                .map(FrameworkItem::id)
                .map(Object::toString)
                .findFirst()
                .orElse(null);
        return new BenefitInput(
                hp.toString(),
                null,
                TITLE,
                """
                Opplysninger om pasienter som flytter mellom sykehus og kommune (innleggelse, utskriving, \
                legemiddelliste) registreres i dag både i sykehusets og kommunens journal. Med felles journal \
                registreres de én gang. Delt mellom Helseplattformen (60 %) og Trondheim kommunes program (40 %); \
                andelene er demoverdier.""",
                "Færre registreringer av samme opplysning per utskrevet pasient, målt i kommunens hjemmetjeneste og "
                        + "på St. Olavs' sengeposter.",
                "Felles journal for sykehus og kommune er det som gjør én registrering mulig (effektmål 4).",
                "BENEFIT",
                area,
                List.of(),
                "CAPACITY",
                List.of(collaboration),
                List.of(new AllocationInput(trondheim.toString(), "50"), new AllocationInput(stOlavs.toString(), "50")),
                List.of(hmn.toString(), trondheim.toString()),
                owner.id().toString(),
                responsible.id().toString(),
                "Hjemmetjenesten i Trondheim kommune; sengeposter ved St. Olavs hospital",
                "2026-01-01",
                "2028-12-31",
                "MEDIUM",
                "",
                List.of(),
                List.of(),
                null);
    }
}
