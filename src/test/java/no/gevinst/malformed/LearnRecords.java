package no.gevinst.malformed;

import java.util.List;
import java.util.Map;
import no.gevinst.TestProgrammes;
import no.gevinst.TestUsers;
import no.gevinst.benefit.Benefit;
import no.gevinst.evidence.EvidenceInputBuilder;
import no.gevinst.evidence.EvidenceRegister;
import no.gevinst.lesson.LessonInput;
import no.gevinst.lesson.Lessons;
import no.gevinst.lesson.PilotInput;
import no.gevinst.maturity.MaturityRounds;
import no.gevinst.maturity.RoundInput;
import no.gevinst.programme.Programme;
import no.gevinst.stakeholder.StakeholderInput;
import no.gevinst.stakeholder.Stakeholders;
import no.gevinst.story.Stories;
import no.gevinst.story.StoryInput;
import org.springframework.stereotype.Component;

/**
 * (issue 19: learn) The records of the maturity, stakeholder, story, lesson and evidence modules the corpus' writes to
 * their APIs aim at, each at version 0: a draft round, a stakeholder, a draft story, a lesson, a pilot, an evaluation.
 */
@Component
class LearnRecords {

    private final TestUsers users;
    private final MaturityRounds rounds;
    private final Stakeholders stakeholders;
    private final Stories stories;
    private final Lessons lessons;
    private final EvidenceRegister evidence;

    /** (issue 19: processes) A process without diagrams, for the processes' API. */
    @org.springframework.beans.factory.annotation.Autowired
    private no.gevinst.process.Processes processes;

    LearnRecords(
            TestUsers users,
            MaturityRounds rounds,
            Stakeholders stakeholders,
            Stories stories,
            Lessons lessons,
            EvidenceRegister evidence) {
        this.users = users;
        this.rounds = rounds;
        this.stakeholders = stakeholders;
        this.stories = stories;
        this.lessons = lessons;
        this.evidence = evidence;
    }

    void add(Programme programme, Benefit benefit, Map<String, String> records) {
        var p = programme.id();
        String owner = programme.owner().toString();
        users.runAs(TestProgrammes.COORDINATOR, () -> {
            records.put(
                    "round",
                    rounds.create(
                                    p,
                                    new RoundInput(
                                            "Korpusrunde", "standard", "2027-01-01", "2027-01-31", List.of(owner), ""))
                            .id()
                            .toString());
            records.put(
                    "stakeholder",
                    stakeholders
                            .create(
                                    p,
                                    new StakeholderInput(
                                            "Korpusinteressent", "UNION_REPRESENTATIVES", "3", "3", "", ""))
                            .id()
                            .toString());
            records.put(
                    "story",
                    stories.create(benefit.id(), new StoryInput("Korpushistorie", "Tekst", "", "", ""), null)
                            .id()
                            .toString());
            records.put(
                    "lesson",
                    lessons.create(
                                    p,
                                    new LessonInput(
                                            "Korpuserfaring",
                                            "Noe skjedde",
                                            "",
                                            "",
                                            "Gjør det",
                                            "PLAN",
                                            "",
                                            "",
                                            List.of()))
                            .id()
                            .toString());
            records.put(
                    "pilot",
                    lessons.createPilot(
                                    p, new PilotInput("Korpuspilot", owner, "2027-01-01", "", "", "PENDING", "", ""))
                            .id()
                            .toString());
            records.put(
                    "evidence",
                    evidence.create(
                                    p,
                                    EvidenceInputBuilder.evidence()
                                            .kind("RANDOMISED_TRIAL")
                                            .title("Korpusstudie")
                                            .periodStart("2021-01-01")
                                            .periodEnd("2021-12-31")
                                            .status("ONGOING")
                                            .effectSize("1,5")
                                            .effectUnit("dager")
                                            .ciLow("1")
                                            .ciHigh("2")
                                            .benefitIds(List.of(benefit.id().toString()))
                                            .build())
                            .id()
                            .toString());
            records.put(
                    "process",
                    processes
                            .create(
                                    p,
                                    new no.gevinst.process.ProcessInput(
                                            "Korpusprosess", "WORK_PROCESS", records.get("person"), "", null, null))
                            .id()
                            .toString());
        });
    }
}
