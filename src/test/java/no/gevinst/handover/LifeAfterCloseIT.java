package no.gevinst.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.TestBenefitInputs;
import no.gevinst.TestIndicators;
import no.gevinst.TestOrganisationNumbers;
import no.gevinst.TestProgrammes;
import no.gevinst.TestUsers;
import no.gevinst.access.CurrentUser;
import no.gevinst.access.Role;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.BenefitInput;
import no.gevinst.benefit.Benefits;
import no.gevinst.indicator.Indicator;
import no.gevinst.indicator.IndicatorDue;
import no.gevinst.indicator.Indicators;
import no.gevinst.indicator.MeasurementCommand;
import no.gevinst.indicator.MeasurementInput;
import no.gevinst.indicator.MeasurementSource;
import no.gevinst.mypage.domain.MyPage;
import no.gevinst.mypage.domain.MyPageService;
import no.gevinst.organisation.Organisation;
import no.gevinst.organisation.OrganisationInput;
import no.gevinst.organisation.Organisations;
import no.gevinst.organisation.People;
import no.gevinst.organisation.Person;
import no.gevinst.organisation.PersonInput;
import no.gevinst.portfolio.Flows;
import no.gevinst.portfolio.SignOffInput;
import no.gevinst.programme.Phase;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.NorwegianTime;
import no.gevinst.shared.PersonId;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Life after close: when a programme closes, each benefit whose handover was accepted gets the line manager as its
 * owner, who then measures it, signs off its actuals and is reminded of it; the benefits nobody in the line accepted
 * are warned about on the coordinator's page and the organisation's page for as long as the programme stays closed.
 */
@GevinstIntegrationTest
@AutoConfigureMockMvc
class LifeAfterCloseIT {

    @Autowired
    Handovers handovers;

    @Autowired
    TestProgrammes testProgrammes;

    @Autowired
    TestUsers users;

    @Autowired
    Benefits benefits;

    @Autowired
    Indicators indicators;

    @Autowired
    Programmes programmes;

    @Autowired
    People people;

    @Autowired
    Organisations organisations;

    @Autowired
    Flows flows;

    @Autowired
    MyPageService myPage;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    /** A programme whose benefit arises in its owner and is invested in by a partner, measured monthly. */
    record World(
            Programme programme,
            Organisation owner,
            Benefit handedOver,
            Benefit unclaimed,
            Indicator indicator,
            Person receiver,
            String receiverUser) {}

    private World world() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Programme programme = testProgrammes.create();
        Organisation owner = users.callAs(
                TestUsers.ADMIN, () -> organisations.find(programme.owner()).orElseThrow());
        Organisation partner = users.callAs(
                TestUsers.ADMIN,
                () -> organisations.create(
                        new OrganisationInput("Linjepart " + tag, "ANNEN", TestOrganisationNumbers.unique(), null)));
        Benefit handedOver = users.callAs(
                TestProgrammes.COORDINATOR,
                () -> benefits.create(TestBenefitInputs.bare(programme.id().toString(), "Til linjen " + tag)
                        .allocations(List.of(
                                new BenefitInput.AllocationInput(owner.id().toString(), "100")))
                        .investorIds(List.of(partner.id().toString()))
                        .build()));
        Benefit unclaimed = users.callAs(
                TestProgrammes.COORDINATOR,
                () -> benefits.create(TestBenefitInputs.bare(programme.id().toString(), "Uten eier " + tag)
                        .allocations(List.of(
                                new BenefitInput.AllocationInput(owner.id().toString(), "50")))
                        .build()));
        Indicator indicator = users.callAs(
                TestProgrammes.COORDINATOR,
                () -> indicators.create(
                        TestIndicators.monthly(handedOver.id().toString(), "Linjeindikator " + tag, null)));
        String receiverUser = users.withRole("linjeleder-" + tag, Role.GEVINSTEIER, owner.id());
        Person receiver = users.callAs(TestUsers.ADMIN, () -> {
            Person p = people.create(new PersonInput(
                    "Linjeleder " + tag, "", "Avdelingssjef", owner.id().toString()));
            people.linkUser(p.id(), ((CurrentUser) users.userDetails(receiverUser)).id());
            return p;
        });
        return new World(programme, owner, handedOver, unclaimed, indicator, receiver, receiverUser);
    }

    private void handOver(World w, Benefit benefit) {
        Handover proposed = users.callAs(
                TestProgrammes.COORDINATOR,
                () -> handovers.propose(
                        benefit.id(), HandoverCommand.parse(w.receiver().id().toString(), "2026-06-01", null)));
        users.runAs(w.receiverUser(), () -> handovers.accept(benefit.id(), proposed.version()));
    }

    private void close(Programme programme) {
        users.runAs(TestProgrammes.COORDINATOR, () -> {
            for (Phase next : List.of(Phase.PLAN, Phase.REALISE, Phase.DOCUMENT, Phase.CLOSE)) {
                programmes.moveToPhase(programme.id(), next);
            }
        });
    }

    private PersonId ownerOf(Benefit benefit) {
        return users.callAs(
                TestUsers.ADMIN, () -> benefits.find(benefit.id()).orElseThrow().owner());
    }

    private void awaitOwner(Benefit benefit, PersonId expected) {
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> expected.equals(ownerOf(benefit)));
    }

    private MeasurementInput lastMonthsButTwo(Organisation organisation) {
        LocalDate start = NorwegianTime.today().withDayOfMonth(1).minusMonths(3);
        return new MeasurementInput(
                "12",
                start.toString(),
                start.plusMonths(1).minusDays(1).toString(),
                organisation.organisationNumber().value(),
                "",
                "",
                "Uttrekk",
                "HIGH",
                "");
    }

    @Test
    void whenTheProgrammeClosesTheLineManagerOwnsMeasuresSignsOffAndIsReminded() {
        World w = world();
        handOver(w, w.handedOver());
        assertThat(ownerOf(w.handedOver()))
                .as("accepted, but the programme still runs")
                .isNull();
        assertThatThrownBy(() -> users.callAs(
                        w.receiverUser(),
                        () -> indicators.record(
                                w.indicator().id(),
                                MeasurementCommand.readAll(List.of(lastMonthsButTwo(w.owner()))),
                                MeasurementSource.FORM)))
                .as("before close the line manager neither owns nor measures it")
                .isInstanceOf(AccessDeniedException.class);

        close(w.programme());

        awaitOwner(w.handedOver(), w.receiver().id());
        assertThat(ownerOf(w.unclaimed())).as("nobody accepted it").isNull();
        assertThat(audited("benefit", w.handedOver().id().toString())).contains("line-owner");
        assertThat(users.callAs(
                                w.receiverUser(),
                                () -> indicators.record(
                                        w.indicator().id(),
                                        MeasurementCommand.readAll(List.of(lastMonthsButTwo(w.owner()))),
                                        MeasurementSource.FORM))
                        .added())
                .isEqualTo(1);
        LocalDate start = NorwegianTime.today().withDayOfMonth(1).minusMonths(3);
        var signed = users.callAs(
                w.receiverUser(),
                () -> flows.signOff(
                        w.handedOver().id(),
                        new SignOffInput(
                                w.owner().id().toString(),
                                start.toString(),
                                start.plusMonths(1).minusDays(1).toString(),
                                "Bekreftet i linjen")));
        assertThat(audited("actuals-sign-off", signed.id().toString())).containsExactly("create");
        String measurer = users.withRole(
                "linjemaaler-" + UUID.randomUUID(),
                Role.MAALEANSVARLIG,
                w.owner().id());
        LocalDate earlier = start.minusMonths(1);
        assertThat(users.callAs(
                                measurer,
                                () -> indicators.record(
                                        w.indicator().id(),
                                        MeasurementCommand.readAll(List.of(new MeasurementInput(
                                                "13",
                                                earlier.toString(),
                                                start.minusDays(1).toString(),
                                                w.owner().organisationNumber().value(),
                                                "",
                                                "",
                                                "Uttrekk",
                                                "HIGH",
                                                ""))),
                                        MeasurementSource.FORM))
                        .added())
                .as("the organisation's own measurer still measures after close")
                .isEqualTo(1);
        assertThat(users.callAs(
                                TestProgrammes.COORDINATOR,
                                () -> flows.signOff(
                                        w.handedOver().id(),
                                        new SignOffInput(
                                                w.owner().id().toString(),
                                                earlier.toString(),
                                                start.minusDays(1).toString(),
                                                "")))
                        .organisation())
                .as("and its coordinator still signs off")
                .isEqualTo(w.owner().id());

        MyPage page = users.callAs(
                w.receiverUser(),
                () -> myPage.of((CurrentUser) users.userDetails(w.receiverUser()), NorwegianTime.today()));
        assertThat(page.owner().benefits())
                .extracting(b -> b.benefit().id())
                .as("the traffic light of what they own")
                .contains(w.handedOver().id());
        assertThat(page.owner().due())
                .extracting(IndicatorDue::indicator)
                .as("reminded of the next measurement")
                .contains(w.indicator().id());
    }

    @Test
    void aHandoverAcceptedAfterCloseGivesTheBenefitToTheLineAtOnce() {
        World w = world();
        close(w.programme());
        assertThat(users.callAs(
                        TestProgrammes.COORDINATOR,
                        () -> handovers.withoutLineOwner(List.of(w.programme().id()))))
                .extracting(LineOwnerWarning::benefit)
                .containsExactlyInAnyOrder(w.handedOver().id(), w.unclaimed().id());

        handOver(w, w.handedOver());

        awaitOwner(w.handedOver(), w.receiver().id());
        assertThat(users.callAs(
                        TestProgrammes.COORDINATOR,
                        () -> handovers.withoutLineOwner(List.of(w.programme().id()))))
                .extracting(LineOwnerWarning::benefit)
                .containsExactly(w.unclaimed().id());
    }

    @Test
    void afterCloseTheCoordinatorsAndTheOrganisationsPagesWarnAboutBenefitsWithoutALineOwner() throws Exception {
        World w = world();
        handOver(w, w.handedOver());
        close(w.programme());
        awaitOwner(w.handedOver(), w.receiver().id());

        String coordinatorsPage = page("/", TestProgrammes.COORDINATOR);
        assertThat(coordinatorsPage)
                .contains("id=\"line-owner-warnings-" + w.programme().id() + "\"")
                .contains(w.unclaimed().title())
                .doesNotContain(w.handedOver().title());
        String organisationsPage = page("/organisations/" + w.owner().id() + "/improvement", w.receiverUser());
        assertThat(organisationsPage)
                .contains("id=\"organisation-line-owner-warnings\"")
                .contains(w.unclaimed().title())
                .doesNotContain(w.handedOver().title());
        assertThat(users.callAs(
                        w.receiverUser(),
                        () -> handovers.withoutLineOwnerIn(w.owner().id())))
                .extracting(LineOwnerWarning::benefit)
                .doesNotContain(w.handedOver().id());
    }

    private String page(String path, String username) throws Exception {
        var response =
                mvc.perform(get(path).with(users.session(username))).andReturn().getResponse();
        assertThat(response.getStatus()).as(path + " as " + username).isEqualTo(200);
        return response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private List<String> audited(String entity, String id) {
        return jdbc.sql("""
                        SELECT action FROM audit_log WHERE entity_type = :e AND entity_id = :id
                        ORDER BY occurred_at, id
                        """)
                .param("e", entity)
                .param("id", id)
                .query(String.class)
                .list();
    }
}
