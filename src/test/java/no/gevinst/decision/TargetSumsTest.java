package no.gevinst.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.gevinst.benefit.BenefitClass;
import no.gevinst.programme.EconomicTarget;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.ProgrammeId;
import org.junit.jupiter.api.Test;

class TargetSumsTest {

    private static final OrganisationId A = OrganisationId.newId();
    private static final OrganisationId B = OrganisationId.newId();

    @Test
    void eachYearSumsTheOrganisationsOverTheirClassesAndIsSetAgainstTheProgrammesTargetToTheOre() {
        TargetSums sums = TargetSums.of(
                decision(
                        target(A, 2026, BenefitClass.CASH_RELEASING, "60000000.01"),
                        target(A, 2026, BenefitClass.CAPACITY, "10000000"),
                        target(B, 2026, BenefitClass.CASH_RELEASING, "29999999.99"),
                        target(B, 2028, BenefitClass.OTHER_PUBLIC, "1")),
                new EconomicTarget(new BigDecimal("100000000"), 2026));

        assertThat(sums.years())
                .extracting(TargetSums.Year::year, TargetSums.Year::sum, TargetSums.Year::difference)
                .containsExactly(
                        tuple(2026, new BigDecimal("100000000.00"), new BigDecimal("0.00")),
                        tuple(2027, BigDecimal.ZERO, new BigDecimal("-100000000")),
                        tuple(2028, BigDecimal.ONE, new BigDecimal("-99999999")));
        assertThat(sums.years().getFirst().parts())
                .extracting(TargetSums.Part::organisation, TargetSums.Part::nok)
                .containsExactly(tuple(A, new BigDecimal("70000000.01")), tuple(B, new BigDecimal("29999999.99")));
        assertThat(sums.years().getFirst().addsUp()).isTrue();
        assertThat(sums.years().get(1).parts()).isEmpty();
        assertThat(sums.addsUp()).isFalse();
    }

    @Test
    void withoutATargetOfItsOwnTheProgrammesTargetIsTheSumAndEveryYearAddsUp() {
        TargetSums sums = TargetSums.of(decision(target(A, 2030, BenefitClass.CAPACITY, "5")), null);

        assertThat(sums.years())
                .extracting(TargetSums.Year::year, TargetSums.Year::target, TargetSums.Year::difference)
                .containsExactly(tuple(2030, null, null));
        assertThat(sums.addsUp()).isTrue();
    }

    @Test
    void yearsBeforeTheProgrammesTargetBeginsHaveNoTargetToAddUpTo() {
        TargetSums sums = TargetSums.of(
                decision(target(A, 2025, BenefitClass.CAPACITY, "5")), new EconomicTarget(new BigDecimal("10"), 2026));

        assertThat(sums.years()).extracting(TargetSums.Year::year).containsExactly(2025);
        assertThat(sums.years().getFirst().target()).isNull();
        assertThat(sums.addsUp()).isTrue();
    }

    private static DecidedEconomicTarget target(OrganisationId o, int year, BenefitClass c, String nok) {
        return new DecidedEconomicTarget(o, year, c, new BigDecimal(nok));
    }

    private static BoardDecision decision(DecidedEconomicTarget... targets) {
        return BoardDecision.builder()
                .id(UUID.randomUUID())
                .programme(new ProgrammeId(UUID.randomUUID()))
                .number(1)
                .decidingBody("Styret")
                .decidedOn(LocalDate.of(2024, 6, 20))
                .caseNumber("1/24")
                .recordedBy("test")
                .recordedAt(Instant.now())
                .economicTargets(List.of(targets))
                .build();
    }
}
