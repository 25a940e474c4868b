package no.gevinst.portfolio.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.gevinst.portfolio.FlowMatrix;
import no.gevinst.portfolio.FlowMatrix.Flow;
import no.gevinst.portfolio.FlowMatrix.Party;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.OrganisationId;
import org.junit.jupiter.api.Test;

/**
 * The matrix by hand. Fewer readmissions, 1 000 000 kr a year, invested in by the hospital and the RHF, arises 60 %
 * in the municipality and 40 % at the hospital: 600 000 and 400 000 kr, each split over the two investors. Home
 * follow-up, 200 000 kr, the hospital alone invests, 70 % hospital and 30 % municipality. An unpriced benefit of the
 * municipality's own counts in its cell with nothing. A benefit without investors flows nowhere.
 */
class FlowMatrixTest {

    static final OrganisationId HOSPITAL = org(1);
    static final OrganisationId RHF = org(2);
    static final OrganisationId MUNICIPALITY = org(3);
    static final Map<OrganisationId, String> NAMES =
            Map.of(HOSPITAL, "St. Olavs hospital HF", RHF, "Helse Midt-Norge RHF", MUNICIPALITY, "Trondheim kommune");

    static final BenefitFlow READMISSIONS = new BenefitFlow(
            BenefitId.newId(),
            new BigDecimal("1000000"),
            List.of(HOSPITAL, RHF),
            Map.of(MUNICIPALITY, new BigDecimal("60"), HOSPITAL, new BigDecimal("40")));
    static final BenefitFlow HOME_FOLLOW_UP = new BenefitFlow(
            BenefitId.newId(),
            new BigDecimal("200000"),
            List.of(HOSPITAL),
            Map.of(HOSPITAL, new BigDecimal("70"), MUNICIPALITY, new BigDecimal("30")));
    static final BenefitFlow OWN_UNPRICED = new BenefitFlow(
            BenefitId.newId(), BigDecimal.ZERO, List.of(MUNICIPALITY), Map.of(MUNICIPALITY, new BigDecimal("100")));
    static final BenefitFlow NO_INVESTOR = new BenefitFlow(
            BenefitId.newId(), new BigDecimal("999"), List.of(), Map.of(MUNICIPALITY, new BigDecimal("100")));

    final FlowMatrix matrix = FlowMatrices.of(List.of(READMISSIONS, HOME_FOLLOW_UP, OWN_UNPRICED, NO_INVESTOR), NAMES);

    @Test
    void splitsEachValueByAllocationShareAndEvenlyOverItsInvestors() {
        assertFlow(HOSPITAL, MUNICIPALITY, "360000", 2, true); // 300 000 + 60 000
        assertFlow(RHF, MUNICIPALITY, "300000", 1, true);
        assertFlow(HOSPITAL, HOSPITAL, "340000", 2, false); // 200 000 + 140 000
        assertFlow(RHF, HOSPITAL, "200000", 1, true);
        assertFlow(MUNICIPALITY, MUNICIPALITY, "0", 1, false);
        assertThat(matrix.flows()).hasSize(5);
    }

    @Test
    void totalsEverythingAndSeparatelyWhatCrossesOrganisations() {
        assertThat(matrix.total()).isEqualByComparingTo("1200000");
        assertThat(matrix.crossOrganisationTotal()).isEqualByComparingTo("860000");
        assertThat(matrix.crossOrganisationBenefits()).isEqualTo(2);
    }

    @Test
    void namesTheOrganisationsInNorwegianOrder() {
        assertThat(matrix.investing())
                .extracting(Party::name)
                .containsExactly("Helse Midt-Norge RHF", "St. Olavs hospital HF", "Trondheim kommune");
        assertThat(matrix.benefiting())
                .extracting(Party::name)
                .containsExactly("St. Olavs hospital HF", "Trondheim kommune");
    }

    @Test
    void anUnallocatedShareFlowsNowhere() {
        BenefitFlow half = new BenefitFlow(
                BenefitId.newId(),
                new BigDecimal("100"),
                List.of(HOSPITAL),
                Map.of(MUNICIPALITY, new BigDecimal("50")));

        FlowMatrix m = FlowMatrices.of(List.of(half), NAMES);

        assertThat(m.total()).isEqualByComparingTo("50");
    }

    @Test
    void theSignersAreTheBeneficiariesSomeOtherOrganisationInvestsIn() {
        assertThat(READMISSIONS.signers()).containsExactlyInAnyOrder(MUNICIPALITY, HOSPITAL);
        assertThat(HOME_FOLLOW_UP.signers()).containsExactly(MUNICIPALITY);
        assertThat(OWN_UNPRICED.crossesOrganisations()).isFalse();
        assertThat(NO_INVESTOR.crossesOrganisations()).isFalse();
    }

    private void assertFlow(OrganisationId from, OrganisationId to, String kroner, int benefits, boolean cross) {
        Flow f = matrix.flow(from, to);
        assertThat(f).as(NAMES.get(from) + " → " + NAMES.get(to)).isNotNull();
        assertThat(f.nokPerYear()).isEqualByComparingTo(kroner);
        assertThat(f.benefits()).isEqualTo(benefits);
        assertThat(f.crossOrganisation()).isEqualTo(cross);
    }

    private static OrganisationId org(int n) {
        return new OrganisationId(new UUID(0, n));
    }
}
