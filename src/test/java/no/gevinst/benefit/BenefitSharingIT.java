package no.gevinst.benefit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.function.Supplier;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.TestBenefitInputs;
import no.gevinst.TestOrganisationNumbers;
import no.gevinst.TestProgrammes;
import no.gevinst.TestUsers;
import no.gevinst.access.Role;
import no.gevinst.organisation.Organisation;
import no.gevinst.organisation.OrganisationInput;
import no.gevinst.organisation.Organisations;
import no.gevinst.portfolio.ConflictRule;
import no.gevinst.portfolio.ConflictStatus;
import no.gevinst.portfolio.Portfolio;
import no.gevinst.programme.Programme;
import no.gevinst.programme.ProgrammeInput;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.Percent;
import no.gevinst.shared.VersionConflictException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * A benefit shared between two programmes of different organisations (issue 18): the home programme's coordinator
 * ({@link TestProgrammes#COORDINATOR}) proposes, the receiving programme's coordinator accepts, and readers of the
 * receiving programme then see the benefit; and two benefits merged into one by a recorded decision.
 */
@GevinstIntegrationTest
@org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc
class BenefitSharingIT {

    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

    private static final String HOME = TestProgrammes.COORDINATOR;
    private static final String RECEIVER = "delingskoordinator";
    private static final String READER = "delingsleser";

    @Autowired
    BenefitSharing sharing;

    @Autowired
    Benefits benefits;

    @Autowired
    Programmes programmes;

    @Autowired
    Organisations organisations;

    @Autowired
    TestProgrammes testProgrammes;

    @Autowired
    TestUsers users;

    @Autowired
    Portfolio portfolio;

    @Test
    void sharesOfTheSharingProgrammesMayNotExceedHundredPercent() {
        Programme home = testProgrammes.create();
        Programme second = testProgrammes.create();
        Programme third = testProgrammes.create();
        Benefit benefit = testProgrammes.bareBenefit(home, "Delt gevinst med grense");

        as(HOME, () -> sharing.propose(benefit.id(), second.id().toString(), "60"));
        refused(() -> sharing.propose(benefit.id(), third.id().toString(), "50"), "share", "sharing.share.over100");
        refused(() -> sharing.propose(benefit.id(), third.id().toString(), "null"), "share", "sharing.share.invalid");
        refused(() -> sharing.propose(benefit.id(), third.id().toString(), "0"), "share", "sharing.share.invalid");
        refused(() -> sharing.propose(benefit.id(), home.id().toString(), "10"), "programme", "sharing.programme.home");
        refused(
                () -> sharing.propose(benefit.id(), second.id().toString(), "10"),
                "programme",
                "sharing.programme.already");
        refused(() -> sharing.propose(benefit.id(), "ikke-en-id", "10"), "programme", "sharing.programme.unknown");

        as(HOME, () -> sharing.propose(benefit.id(), third.id().toString(), "40"));
        assertThat(as(HOME, () -> sharing.homeShare(benefit.id()))).isEqualTo(Percent.ZERO);
        assertThat(as(HOME, () -> sharing.shares(benefit.id())))
                .extracting(BenefitShare::share)
                .containsExactly(Percent.of(60), Percent.of(40));
    }

    @Test
    void theReceivingCoordinatorAcceptsAndReadersOfTheirProgrammeThenSeeTheBenefitCountedOnce() {
        Programme home = testProgrammes.create();
        Programme receiving = receivingProgramme();
        Benefit benefit = testProgrammes.bareBenefit(home, "Færre dobbeltregistreringer (delt)");

        // Before any share the other organisation's people cannot see it, let alone share it.
        assertThatThrownBy(() -> as(
                        RECEIVER,
                        () -> sharing.propose(benefit.id(), receiving.id().toString(), "40")))
                .isInstanceOf(NotFoundException.class);
        BenefitShare proposed =
                as(HOME, () -> sharing.propose(benefit.id(), receiving.id().toString(), "40"));

        // Proposed: its coordinator sees it to accept it; its readers do not yet, and the proposer cannot accept.
        assertThat(as(RECEIVER, () -> benefits.find(benefit.id()))).isPresent();
        assertThat(as(READER, () -> benefits.find(benefit.id()))).isEmpty();
        assertThat(as(RECEIVER, () -> sharing.awaitingMyAcceptance()))
                .extracting(BenefitShare::benefit)
                .contains(benefit.id());
        assertThatThrownBy(() -> as(HOME, () -> sharing.accept(benefit.id(), receiving.id(), proposed.version())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(READER, () -> sharing.accept(benefit.id(), receiving.id(), proposed.version())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(RECEIVER, () -> sharing.accept(benefit.id(), receiving.id(), 7)))
                .isInstanceOf(VersionConflictException.class);

        BenefitShare accepted = as(RECEIVER, () -> sharing.accept(benefit.id(), receiving.id(), proposed.version()));
        assertThat(accepted.acceptedBy()).isEqualTo(RECEIVER);
        assertThatThrownBy(() -> as(RECEIVER, () -> sharing.accept(benefit.id(), receiving.id(), proposed.version())))
                .isInstanceOf(VersionConflictException.class);

        // The receiving programme's reader opens the profile and finds it in their programme's register and plan.
        assertThat(as(READER, () -> benefits.find(benefit.id()))).isPresent();
        assertThat(as(
                        READER,
                        () -> benefits.search(
                                        BenefitQuery.inProgramme(receiving.id()).sharingToo())
                                .benefits()))
                .extracting(Benefit::id)
                .containsExactly(benefit.id());
        assertThat(as(READER, () -> benefits.list(BenefitQuery.withShared(receiving.id()))))
                .extracting(Benefit::id)
                .containsExactly(benefit.id());
        assertThat(as(READER, () -> sharing.sharedWith(receiving.id()))).containsEntry(benefit.id(), Percent.of(40));
        // Figures summed over programmes read each programme's own benefits: the shared one counts in its home only.
        assertThat(as(READER, () -> benefits.list(BenefitQuery.inProgramme(receiving.id()))))
                .isEmpty();
        assertThat(as(READER, () -> benefits.canEdit(benefit))).isFalse();
        assertThat(as(RECEIVER, () -> benefits.canEdit(benefit))).isFalse();

        // Either coordinator ends it, at the current version only; then the readers no longer see it.
        assertThatThrownBy(() -> as(RECEIVER, () -> {
                    sharing.end(benefit.id(), receiving.id(), proposed.version());
                    return null;
                }))
                .isInstanceOf(VersionConflictException.class);
        as(RECEIVER, () -> {
            sharing.end(benefit.id(), receiving.id(), accepted.version());
            return null;
        });
        assertThat(as(READER, () -> benefits.find(benefit.id()))).isEmpty();
    }

    @Test
    void theSharingProgrammesReaderOpensTheProfileAndFindsItMarkedInTheirRegister() throws Exception {
        Programme home = testProgrammes.create();
        Programme receiving = receivingProgramme();
        Benefit benefit = testProgrammes.bareBenefit(home, "Delt og vist på sidene");
        mvc.perform(post("/benefits/" + benefit.id() + "/shares")
                        .param("programme", receiving.id().toString())
                        .param("share", "40")
                        .with(users.session(HOME))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        BenefitShare proposed = as(HOME, () -> sharing.shares(benefit.id())).getFirst();
        mvc.perform(post("/benefits/" + benefit.id() + "/shares/" + receiving.id() + "/accept")
                        .param("version", String.valueOf(proposed.version()))
                        .with(users.session(RECEIVER))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/benefits/" + benefit.id()).with(users.session(READER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Deling mellom programmer")))
                .andExpect(content().string(containsString(home.name() + " (hjemmeprogram)")));
        mvc.perform(get("/benefits")
                        .param("programme", receiving.id().toString())
                        .with(users.session(READER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Delt med " + home.name() + " (60")));
        mvc.perform(post("/benefits/" + benefit.id() + "/shares")
                        .param("programme", home.id().toString())
                        .param("share", "abc")
                        .with(users.session(READER))
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void doubleCountingSeesASharedBenefitAsOneBenefit() {
        Programme home = testProgrammes.create();
        Programme receiving = receivingProgramme();
        Organisation owner = owner(home);
        Benefit benefit = as(
                HOME,
                () -> benefits.create(TestBenefitInputs.bare(home.id().toString(), "Delt og fullt fordelt")
                        .allocations(List.of(
                                new BenefitInput.AllocationInput(owner.id().toString(), "100")))
                        .build()));
        BenefitShare proposed =
                as(HOME, () -> sharing.propose(benefit.id(), receiving.id().toString(), "40"));
        as(RECEIVER, () -> sharing.accept(benefit.id(), receiving.id(), proposed.version()));

        // Read twice (once per programme) its 100 % would be claimed twice, 200 %: an allocation conflict.
        assertThat(as(TestUsers.ADMIN, () -> portfolio.conflicts())).noneMatch(c -> involves(c, benefit));
        assertThat(as(RECEIVER, () -> portfolio.conflicts())).noneMatch(c -> involves(c, benefit));
    }

    @Test
    void aMergedBenefitLeavesTheRegisterAndDoubleCountingWithItsDecisionRecorded() {
        Programme first = testProgrammes.create();
        Programme second = testProgrammes.create();
        Organisation owner = owner(first);
        String title = "Samme gevinst i to program " + first.code();
        Benefit kept = allocatedFully(first, title, owner);
        Benefit twin = allocatedFully(second, title, owner);
        assertThat(as(HOME, () -> portfolio.conflicts(first.id())))
                .anyMatch(c -> c.conflict().rule() == ConflictRule.ALLOCATION_OVER_100 && involves(c, twin));

        refused(
                () -> sharing.merge(kept.id(), twin.code(), " ", "", kept.version()),
                "reason",
                "merge.reason.required");
        refused(
                () -> sharing.merge(kept.id(), kept.code(), "Samme", "Sak 1", kept.version()),
                "mergedCode",
                "merge.code.same");
        refused(
                () -> sharing.merge(kept.id(), "FINNES-IKKE-1", "Samme", "Sak 1", kept.version()),
                "mergedCode",
                "merge.code.unknown");
        assertThatThrownBy(() -> as("dina", () -> sharing.merge(kept.id(), twin.code(), "Samme", "Sak 1", 0)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(HOME, () -> sharing.merge(kept.id(), twin.code(), "Samme", "Sak 1", 99)))
                .isInstanceOf(VersionConflictException.class);

        BenefitMerge decision = as(
                HOME,
                () -> sharing.merge(
                        kept.id(), twin.code(), "Registrert to ganger", "Styringsgruppen sak 12/2026", kept.version()));
        assertThat(decision.decidedBy()).isEqualTo(HOME);
        // Compared without the moment, which the database keeps to the microsecond.
        assertThat(as(HOME, () -> sharing.mergedInto(twin.id())))
                .hasValueSatisfying(m -> assertThat(m.decisionReference()).isEqualTo("Styringsgruppen sak 12/2026"));
        assertThat(as(HOME, () -> sharing.mergedFrom(kept.id())))
                .singleElement()
                .satisfies(m -> assertThat(m.merged()).isEqualTo(twin.id()));
        assertThat(as(HOME, () -> benefits.list(BenefitQuery.inProgramme(second.id()))))
                .isEmpty();
        assertThat(as(HOME, () -> benefits.find(twin.id()))).isPresent(); // its profile says where it went
        assertThat(as(HOME, () -> portfolio.conflicts(first.id()))).noneMatch(c -> involves(c, twin));
        refused(
                () -> sharing.merge(kept.id(), twin.code(), "Igjen", "Sak 2", kept.version()),
                "mergedCode",
                "merge.code.alreadyMerged");
    }

    private Benefit allocatedFully(Programme programme, String title, Organisation organisation) {
        return as(
                HOME,
                () -> benefits.create(TestBenefitInputs.bare(programme.id().toString(), title)
                        .allocations(List.of(new BenefitInput.AllocationInput(
                                organisation.id().toString(), "100")))
                        .build()));
    }

    private static boolean involves(ConflictStatus status, Benefit benefit) {
        return status.conflict().benefits().stream().anyMatch(b -> b.id().equals(benefit.id()));
    }

    private Organisation owner(Programme programme) {
        return as(TestUsers.ADMIN, () -> organisations.find(programme.owner()).orElseThrow());
    }

    /** A programme of another organisation, with its own coordinator and reader. */
    private Programme receivingProgramme() {
        Organisation kommune = as(
                TestUsers.ADMIN,
                () -> organisations.all().stream()
                        .filter(o -> o.name().equals("Delingskommunen"))
                        .findFirst()
                        .orElseGet(() -> organisations.create(new OrganisationInput(
                                "Delingskommunen", "KOMMUNE", TestOrganisationNumbers.unique(), null))));
        users.withRole(RECEIVER, Role.GEVINSTKOORDINATOR, kommune.id());
        users.withRole(READER, Role.LESER, kommune.id());
        String code = "DK" + java.util.concurrent.ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
        return as(
                RECEIVER,
                () -> programmes.create(ProgrammeInput.builder()
                        .code(code)
                        .name("Delingsprogram " + code)
                        .description("")
                        .ownerOrganisationId(kommune.id().toString())
                        .build()));
    }

    private void refused(Supplier<?> work, String field, String messageKey) {
        assertThatThrownBy(() -> as(HOME, work))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations()).anySatisfy(v -> {
                            assertThat(v.field()).isEqualTo(field);
                            assertThat(v.messageKey()).isEqualTo(messageKey);
                        }));
    }

    private <T> T as(String user, Supplier<T> work) {
        return users.callAs(user, work);
    }
}
