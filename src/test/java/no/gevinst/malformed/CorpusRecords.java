package no.gevinst.malformed;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.gevinst.TestIndicators;
import no.gevinst.TestProgrammes;
import no.gevinst.TestUsers;
import no.gevinst.benefit.Benefit;
import no.gevinst.indicator.Indicator;
import no.gevinst.indicator.Indicators;
import no.gevinst.network.ElementCommand;
import no.gevinst.network.ElementInputBuilder;
import no.gevinst.network.Networks;
import no.gevinst.organisation.Organisations;
import no.gevinst.organisation.People;
import no.gevinst.organisation.PersonInput;
import no.gevinst.plan.Plan;
import no.gevinst.plan.Plans;
import no.gevinst.programme.ObjectiveInput;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import org.springframework.stereotype.Component;

/**
 * The few records the corpus' requests aim at, made with the domain's own services in a programme of the test's own
 * (so that no demo record is needed): the corpus' placeholders name them.
 */
@Component
class CorpusRecords {

    private final TestProgrammes programmes;
    private final TestUsers users;
    private final Programmes programmeFacade;
    private final Indicators indicators;
    private final Plans plans;
    private final Networks networks;
    private final People people;
    private final Organisations organisations;
    private final no.gevinst.access.ApiTokens tokens;
    private final no.gevinst.decision.Decisions decisions;
    private final no.gevinst.golive.GoLiveWaves waves;

    /** (issue 18: handover) A measure of the owner's improvement backlog, for the backlog API's writes. */
    @org.springframework.beans.factory.annotation.Autowired
    private no.gevinst.handover.ImprovementBacklogs backlogs;

    /** (issue 19: learn) A record of each of the maturity, stakeholder, story, lesson and evidence modules. */
    @org.springframework.beans.factory.annotation.Autowired
    private LearnRecords learn;

    CorpusRecords(
            TestProgrammes programmes,
            TestUsers users,
            Programmes programmeFacade,
            Indicators indicators,
            Plans plans,
            Networks networks,
            People people,
            Organisations organisations,
            no.gevinst.access.ApiTokens tokens,
            no.gevinst.decision.Decisions decisions,
            no.gevinst.golive.GoLiveWaves waves) {
        this.waves = waves;
        this.tokens = tokens;
        this.decisions = decisions;
        this.programmes = programmes;
        this.users = users;
        this.programmeFacade = programmeFacade;
        this.indicators = indicators;
        this.plans = plans;
        this.networks = networks;
        this.people = people;
        this.organisations = organisations;
    }

    Map<String, String> create() {
        Programme programme = programmes.create();
        Benefit benefit = programmes.bareBenefit(programme, "Korpusgevinst");
        Benefit priced = programmes.bareBenefit(programme, "Korpus tidsbesparelse", "CAPACITY");
        Map<String, String> records = new HashMap<>();
        users.runAs(TestProgrammes.COORDINATOR, () -> {
            Indicator indicator = indicators.create(TestIndicators.monthly(
                    benefit.id().toString(),
                    "Korpusindikator",
                    "https://prove.example.no/Measure/ventetid-" + UUID.randomUUID()));
            Plan plan = plans.create(programme.id(), new Plans.PlanInput(null, "Korpusplan"));
            var measure = plans.addMeasure(
                    plan.id(), new Plans.MeasureInput("Opplæring", List.of(), null, null, "PLANNED", null));
            var risk =
                    plans.addRisk(plan.id(), new Plans.RiskInput("Lav bruk", null, "", "", "3", "3", "", null, "OPEN"));
            var element = networks.addElement(
                    programme.id(),
                    ElementCommand.parse(ElementInputBuilder.element()
                            .kind("ENABLER")
                            .label("Korpusmodul")
                            .release("R1")
                            .status("PLANNED")
                            .build()));
            var objective = programmeFacade.addObjective(programme.id(), new ObjectiveInput("1", "Korpusmål"));
            records.put("indicator", indicator.id().toString());
            records.put("plan", plan.id().toString());
            records.put("measure", measure.id().toString());
            records.put("risk", risk.id().toString());
            records.put("element", element.id().toString());
            records.put("objective", objective.id().toString());
            // (issue 18: decide) Decision 1 at version 0, in force, for the target forms to aim at.
            decisions.record(
                    programme.id(),
                    new no.gevinst.decision.DecisionInputs.DecisionInput(
                            "Korpusstyret", "2024-01-01", "1/24", "", "", "false", null));
            // (issue 18: waves) A wave in which the programme's owner goes live.
            records.put(
                    "wave",
                    waves.create(
                                    programme.id(),
                                    new no.gevinst.golive.WaveInput(
                                            "Korpusbølge",
                                            "2027-01-01",
                                            null,
                                            List.of(programme.owner().toString())))
                            .id()
                            .toString());
        });
        var owner = users.callAs(
                TestUsers.ADMIN, () -> organisations.find(programme.owner()).orElseThrow());
        var person = users.callAs(
                TestUsers.ADMIN,
                () -> people.create(
                        new PersonInput("Korpus Person", "", "", owner.id().toString())));
        records.put("programme", programme.id().toString());
        records.put("programmeCode", programme.code());
        // (issue 21: framework items) A priority area no benefit of the corpus uses.
        records.put("frameworkItem", programme.priorityAreas().getLast().id().toString());
        records.put("benefit", benefit.id().toString());
        records.put("pricedBenefit", priced.id().toString());
        records.put("organisation", owner.id().toString());
        records.put("organisationNumber", owner.organisationNumber().value());
        records.put("person", person.id().toString());
        records.put("unknown", UUID.randomUUID().toString());
        learn.add(programme, benefit, records);
        String reader = users.withRole("korpus-leser", no.gevinst.access.Role.LESER, owner.id());
        records.put(
                "user",
                ((no.gevinst.access.CurrentUser) users.userDetails(reader)).id().toString());
        records.put(
                "token",
                users.callAs(
                        TestUsers.ADMIN,
                        () -> tokens.create(new no.gevinst.access.ApiTokenInput(
                                        "Korpusnøkkel",
                                        30,
                                        List.of(new no.gevinst.access.ApiTokenInput.Scope("ADMINISTRATOR", null, null)),
                                        null))
                                .token()
                                .id()
                                .toString()));
        records.put(
                "improvementItem",
                users.callAs(
                                TestUsers.ADMIN,
                                () -> backlogs.add(
                                        owner.id(),
                                        no.gevinst.handover.ImprovementItemCommand.parse(
                                                "Korpustiltak", "", "", List.of())))
                        .id()
                        .toString());
        return records;
    }
}
