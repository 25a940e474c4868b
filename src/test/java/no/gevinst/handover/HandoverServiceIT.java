package no.gevinst.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.PdfConformance;
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
import no.gevinst.indicator.Indicators;
import no.gevinst.indicator.TrajectoryCommand;
import no.gevinst.organisation.Organisation;
import no.gevinst.organisation.OrganisationInput;
import no.gevinst.organisation.Organisations;
import no.gevinst.organisation.People;
import no.gevinst.organisation.Person;
import no.gevinst.organisation.PersonInput;
import no.gevinst.plan.Plan;
import no.gevinst.plan.Plans;
import no.gevinst.programme.Phase;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.VersionConflictException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * Handing a benefit over to the line: the coordinator proposes, the receiver alone answers, a decline says why, a
 * stale answer changes nothing, the open measures go into the receiving organisation's backlog, closed programmes
 * warn about benefits without a line owner, and the handover document is accessible and archivable.
 */
@GevinstIntegrationTest
class HandoverServiceIT {

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
    Plans plans;

    @Autowired
    Programmes programmes;

    @Autowired
    People people;

    @Autowired
    Organisations organisations;

    @Autowired
    JdbcClient jdbc;

    /** A programme with a benefit arising in its owner and a partner, an indicator, a plan with open measures. */
    record World(Programme programme, Benefit benefit, Person receiver, String receiverUser, String otherOwner) {}

    private World world() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Programme programme = testProgrammes.create();
        Organisation partner = users.callAs(
                TestUsers.ADMIN,
                () -> organisations.create(new OrganisationInput(
                        "Overleveringspart " + tag, "ANNEN", TestOrganisationNumbers.unique(), null)));
        Benefit benefit = users.callAs(
                TestProgrammes.COORDINATOR,
                () -> benefits.create(TestBenefitInputs.bare(programme.id().toString(), "Overlevert gevinst " + tag)
                        .allocations(List.of(new BenefitInput.AllocationInput(
                                programme.owner().toString(), "100")))
                        .investorIds(List.of(partner.id().toString()))
                        .build()));
        String receiverUser = lineManager("mottaker-" + tag, programme.owner());
        String otherOwner = lineManager("annen-eier-" + tag, programme.owner());
        Person receiver = users.callAs(
                TestUsers.ADMIN, () -> people.ofUser(userId(receiverUser)).orElseThrow());
        users.runAs(TestProgrammes.COORDINATOR, () -> {
            Indicator indicator =
                    indicators.create(TestIndicators.monthly(benefit.id().toString(), "Overleveringsindikator", null));
            indicators.setTrajectory(
                    indicator.id(), TrajectoryCommand.parse(List.of("2025-12-31", "2027-12-31"), List.of("10", "5")));
            Plan plan = plans.create(programme.id(), new Plans.PlanInput(null, "Plan " + tag));
            plans.addMeasure(
                    plan.id(),
                    new Plans.MeasureInput(
                            "Felles rutine", List.of(benefit.id().toString()), null, "2027-01-31", "PLANNED", null));
            plans.addMeasure(
                    plan.id(),
                    new Plans.MeasureInput(
                            "Ferdig opplæring", List.of(benefit.id().toString()), null, "2025-01-31", "DONE", null));
        });
        return new World(programme, benefit, receiver, receiverUser, otherOwner);
    }

    private String lineManager(String username, OrganisationId organisation) {
        users.withRole(username, Role.GEVINSTEIER, organisation);
        users.runAs(TestUsers.ADMIN, () -> {
            Person p = people.create(new PersonInput(username, "", "Avdelingssjef", organisation.toString()));
            people.linkUser(p.id(), userId(username));
        });
        return username;
    }

    private no.gevinst.shared.UserId userId(String username) {
        return ((CurrentUser) users.userDetails(username)).id();
    }

    private Handover propose(World w, String date) {
        return users.callAs(
                TestProgrammes.COORDINATOR,
                () -> handovers.propose(
                        w.benefit().id(),
                        HandoverCommand.parse(w.receiver().id().toString(), date, null)));
    }

    @Test
    void onlyTheReceiverAcceptsAndTheOpenMeasuresGoIntoTheReceivingOrganisationsBacklog() {
        World w = world();
        Handover proposed = propose(w, "2026-06-01");

        assertThat(proposed.snapshot().targets())
                .singleElement()
                .satisfies(t -> assertThat(t.targets())
                        .extracting(RemainingTarget.Point::date)
                        .containsExactly(java.time.LocalDate.of(2027, 12, 31)));
        assertThat(proposed.snapshot().measures())
                .extracting(OpenMeasure::action)
                .containsExactly("Felles rutine");
        for (String someoneElse : List.of(TestProgrammes.COORDINATOR, TestUsers.ADMIN, w.otherOwner())) {
            assertThatThrownBy(() -> users.callAs(
                            someoneElse, () -> handovers.accept(w.benefit().id(), proposed.version())))
                    .as(someoneElse)
                    .isInstanceOf(AccessDeniedException.class);
        }

        Handover accepted = users.callAs(
                w.receiverUser(), () -> handovers.accept(w.benefit().id(), proposed.version()));

        assertThat(accepted.status()).isEqualTo(HandoverStatus.ACCEPTED);
        List<ImprovementItem> backlog = users.callAs(
                w.receiverUser(), () -> handovers.backlog(w.programme().owner()));
        assertThat(backlog)
                .filteredOn(i -> i.benefit().equals(w.benefit().id()))
                .singleElement()
                .satisfies(i -> {
                    assertThat(i.action()).isEqualTo("Felles rutine");
                    assertThat(i.crossOrganisation())
                            .as("arises in one, invested in by another")
                            .isTrue();
                });
        assertThat(audited(proposed.id())).containsExactly("create", "accept");
        assertThatThrownBy(() -> users.callAs(
                        w.receiverUser(), () -> handovers.accept(w.benefit().id(), accepted.version())))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aDeclineNeedsAReasonAndAStaleAnswerChangesNothing() {
        World w = world();
        Handover proposed = propose(w, "2026-06-01");

        assertThatThrownBy(() -> users.callAs(
                        w.receiverUser(), () -> handovers.decline(w.benefit().id(), "  ", proposed.version())))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(v -> v.field())
                                .containsExactly("reason"));
        assertThatThrownBy(() -> users.callAs(
                        w.receiverUser(), () -> handovers.accept(w.benefit().id(), proposed.version() + 1)))
                .isInstanceOf(VersionConflictException.class);
        assertThatThrownBy(() -> users.callAs(
                        TestProgrammes.COORDINATOR,
                        () -> handovers.propose(
                                w.benefit().id(),
                                HandoverCommand.parse(
                                        w.receiver().id().toString(), "2026-07-01", proposed.version() + 5))))
                .isInstanceOf(VersionConflictException.class);

        Handover declined = users.callAs(
                w.receiverUser(),
                () -> handovers.decline(w.benefit().id(), "Klinikken har ikke kapasitet i år", proposed.version()));

        assertThat(declined.status()).isEqualTo(HandoverStatus.DECLINED);
        assertThat(declined.reason()).isEqualTo("Klinikken har ikke kapasitet i år");
        assertThat(users.callAs(
                        w.receiverUser(), () -> handovers.current(w.benefit().id())))
                .hasValueSatisfying(h -> assertThat(h.version()).isEqualTo(declined.version()));
        assertThatThrownBy(() -> users.callAs(
                        w.receiverUser(), () -> handovers.accept(w.benefit().id(), declined.version())))
                .isInstanceOf(NotFoundException.class);
        assertThat(audited(proposed.id())).containsExactly("create", "decline");
    }

    @Test
    void onlyCoordinatorsProposeAndOnlyGevinsteiereOfTheProgrammesOrganisationsReceive() {
        World w = world();
        assertThatThrownBy(() -> users.callAs(
                        w.receiverUser(),
                        () -> handovers.propose(
                                w.benefit().id(),
                                HandoverCommand.parse(w.receiver().id().toString(), "2026-06-01", null))))
                .isInstanceOf(AccessDeniedException.class);
        String reader = users.withRole(
                "leser-" + UUID.randomUUID(), Role.LESER, w.programme().owner());
        Person readerPerson = users.callAs(TestUsers.ADMIN, () -> {
            Person p = people.create(
                    new PersonInput("Leser", "", "", w.programme().owner().toString()));
            people.linkUser(p.id(), userId(reader));
            return p;
        });
        // The date is read at the edge, before the service sees the proposal; the receiver is the service's rule.
        assertThatThrownBy(() -> HandoverCommand.parse(readerPerson.id().toString(), "2026-02-30", null))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(v -> v.field() + ":" + v.messageKey())
                                .containsExactly("handoverDate:date.invalid"));
        assertThatThrownBy(() -> users.callAs(
                        TestProgrammes.COORDINATOR,
                        () -> handovers.propose(
                                w.benefit().id(),
                                HandoverCommand.parse(readerPerson.id().toString(), "2026-06-01", null))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(v -> v.field() + ":" + v.messageKey())
                                .containsExactly("receiverId:handover.receiver.notLineManager"));
        assertThat(users.callAs(
                        TestProgrammes.COORDINATOR,
                        () -> handovers.receivers(w.benefit().id())))
                .extracting(Person::id)
                .contains(w.receiver().id())
                .doesNotContain(readerPerson.id());
    }

    @Test
    void aClosedProgrammeWarnsAboutItsBenefitsWithoutAnAcceptedLineOwner() {
        World w = world();
        Benefit carried = users.callAs(
                TestProgrammes.COORDINATOR,
                () -> benefits.create(TestBenefitInputs.bare(w.programme().id().toString(), "Båret videre")
                        .build()));
        Handover proposed = propose(w, "2026-06-01");
        users.callAs(
                TestProgrammes.COORDINATOR,
                () -> handovers.propose(
                        carried.id(), HandoverCommand.parse(w.receiver().id().toString(), "2026-06-01", null)));
        users.runAs(w.receiverUser(), () -> handovers.accept(carried.id(), 0));
        assertThat(users.callAs(
                        TestProgrammes.COORDINATOR,
                        () -> handovers.withoutLineOwner(List.of(w.programme().id()))))
                .as("a programme that is not closed warns about nothing")
                .isEmpty();

        users.runAs(TestProgrammes.COORDINATOR, () -> {
            for (Phase next : List.of(Phase.PLAN, Phase.REALISE, Phase.DOCUMENT, Phase.CLOSE)) {
                programmes.moveToPhase(w.programme().id(), next);
            }
        });

        assertThat(users.callAs(
                        TestProgrammes.COORDINATOR,
                        () -> handovers.withoutLineOwner(List.of(w.programme().id()))))
                .extracting(LineOwnerWarning::benefit, LineOwnerWarning::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(w.benefit().id(), HandoverStatus.PROPOSED));
        assertThat(users.callAs(
                        w.receiverUser(),
                        () -> handovers.withoutLineOwnerIn(w.programme().owner())))
                .extracting(LineOwnerWarning::benefit)
                .containsExactly(w.benefit().id());
        assertThat(proposed.isProposed()).isTrue();
    }

    @Test
    void theHandoverDocumentOfAnOrganisationIsAccessibleArchivableAndNamesWhatWasHandedOver() throws Exception {
        World w = world();
        Handover proposed = propose(w, "2026-06-01");
        users.runAs(w.receiverUser(), () -> handovers.accept(w.benefit().id(), proposed.version()));
        LocaleContextHolder.setLocale(Locale.forLanguageTag("nb"));
        byte[] pdf;
        try {
            pdf = users.callAs(
                    TestProgrammes.COORDINATOR,
                    () -> handovers.document(w.programme().owner()));
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains("Overlevering til linjen")
                    .contains(w.benefit().title())
                    .contains("Felles rutine")
                    .contains("Overleveringsindikator")
                    .doesNotContain("Ferdig opplæring");
        }
        assertThat(PdfConformance.brokenRules(pdf)).isEmpty();
    }

    private List<String> audited(UUID handover) {
        return jdbc.sql("""
                        SELECT action FROM audit_log WHERE entity_type = 'handover' AND entity_id = :id
                        ORDER BY occurred_at, id
                        """)
                .param("id", handover.toString())
                .query(String.class)
                .list();
    }
}
