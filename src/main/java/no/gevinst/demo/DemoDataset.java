package no.gevinst.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.gevinst.organisation.Organisation;
import no.gevinst.organisation.Person;
import no.gevinst.programme.Programme;
import no.gevinst.shared.ProgrammeId;
import org.springframework.stereotype.Component;

/**
 * The demo dataset of DESIGN §6: Helse Midt-Norge with Helseplattformen (seed 000) and Helsedirektoratet's
 * Digital behandlings- og egenbehandlingsplan (seed 004). Names of people, units and most baseline facts are
 * invented for the demo; the programmes, objectives, phases, targets and DBEP's figures are the documents' own.
 */
@Component
class DemoDataset {

    /** The password of every demo user; the README lists the users. */
    static final String PASSWORD = "gevinst-demo";

    private final DemoFoundation foundation;
    private final DemoBenefits benefits;
    private final DemoIndicators indicators;
    private final DemoValuation valuation;
    private final DemoNetworks networks;
    private final DemoPlans plans;
    private final DemoPortfolio portfolio;
    private final DemoFlows flows;
    private final DemoHandover handover;
    private final DemoDecisions decisions;
    private final DemoGoLive goLive;
    private final DemoSharedBenefits shared;
    private final DemoMaturity maturity;
    private final DemoStakeholders stakeholders;
    private final DemoStories stories;
    private final DemoLessons lessons;
    private final DemoEvidence evidence;
    private final DemoProcesses processes;
    private final DemoConfiguration configuration;

    private final Map<String, Organisation> orgs = new HashMap<>();
    private final Map<String, Person> persons = new HashMap<>();

    DemoDataset(
            DemoFoundation foundation,
            DemoBenefits benefits,
            DemoIndicators indicators,
            DemoValuation valuation,
            DemoNetworks networks,
            DemoPlans plans,
            DemoPortfolio portfolio,
            DemoFlows flows,
            DemoHandover handover,
            DemoDecisions decisions,
            DemoGoLive goLive,
            DemoSharedBenefits shared,
            DemoMaturity maturity,
            DemoStakeholders stakeholders,
            DemoStories stories,
            DemoLessons lessons,
            DemoEvidence evidence,
            DemoProcesses processes,
            DemoConfiguration configuration) {
        this.configuration = configuration;
        this.processes = processes;
        this.maturity = maturity;
        this.stakeholders = stakeholders;
        this.stories = stories;
        this.lessons = lessons;
        this.evidence = evidence;
        this.goLive = goLive;
        this.shared = shared;
        this.flows = flows;
        this.handover = handover;
        this.decisions = decisions;
        this.plans = plans;
        this.indicators = indicators;
        this.valuation = valuation;
        this.networks = networks;
        this.portfolio = portfolio;
        this.foundation = foundation;
        this.benefits = benefits;
    }

    void load() {
        orgs.clear();
        persons.clear();
        foundation.organisations(orgs);
        foundation.people(persons, this::id);
        Map<String, Programme> byCode = foundation.programmes(this::id, this::personId);
        Programme hp = byCode.get("HP");
        Programme dbep = byCode.get("DBEP");
        Map<String, ProgrammeId> codes = Map.of("HP", hp.id(), "DBEP", dbep.id());
        // Before the benefits: only a user holding the gevinsteier role in a programme's party may own a benefit.
        foundation.users(persons, orgs, byCode);
        benefits.load(List.copyOf(byCode.values()), this::id, this::personId);
        indicators.load(this::id, this::personId);
        valuation.load(codes);
        networks.load(hp.id(), dbep.id(), this::personId);
        // Before any plan is approved: approval freezes the programme's maturity, evidence, processes and
        // configuration decisions into the version (issue 19), so the approved versions' documents show them.
        maturity.load(codes, this::id, this::personId);
        evidence.load(codes);
        processes.load(codes, this::id, this::personId);
        configuration.load(codes);
        plans.load("DBEP", dbep.id(), this::id, this::personId);
        portfolio.load(codes);
        flows.load(hp.id(), this::id, key -> persons.get(key).name());
        handover.load(codes, this::id, this::personId);
        decisions.load(codes, this::id);
        goLive.load(codes, this::id);
        stakeholders.load(codes, this::id, this::personId);
        stories.load();
        lessons.load(codes, this::id, this::personId);
        shared.load(hp, this::id, this::personId);
    }

    private String id(String organisationKey) {
        return orgs.get(organisationKey).id().toString();
    }

    private String personId(String key) {
        return key == null ? null : persons.get(key).id().toString();
    }
}
