package no.gevinst.portfolio.domain;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import no.gevinst.benefit.BenefitClass;
import no.gevinst.portfolio.ConflictBenefit;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.ProgrammeId;

/**
 * What the detector needs to know about the portfolio, gathered from the register, the indicators, the valuations and
 * the networks, so that the detector itself is a pure function that tests can feed by hand.
 *
 * @param links LEADS_TO links from one benefit straight to another, from the programmes' networks
 * @param contributionShares for each benefit, the sum of the shares stated on the network links into it, in percent
 * @param organisationNames to name the organisation of an allocation conflict
 * @param timeClaims the hours each priced time saving claims from a staff group, one claim per group it draws on
 * @param staffTime the persons of each staff group a time saving draws on, and the hours each of them works
 */
public record PortfolioFacts(
        List<BenefitFacts> benefits,
        List<BenefitLink> links,
        Map<BenefitId, BigDecimal> contributionShares,
        Map<OrganisationId, String> organisationNames,
        List<TimeClaim> timeClaims,
        Map<StaffGroup, StaffTime> staffTime) {

    public PortfolioFacts {
        benefits = List.copyOf(benefits);
        links = List.copyOf(links);
        contributionShares = Map.copyOf(contributionShares);
        organisationNames = Map.copyOf(organisationNames);
        timeClaims = List.copyOf(timeClaims);
        staffTime = Map.copyOf(staffTime);
    }

    /** Facts without time savings: no staff group can be over-claimed. */
    public PortfolioFacts(
            List<BenefitFacts> benefits,
            List<BenefitLink> links,
            Map<BenefitId, BigDecimal> contributionShares,
            Map<OrganisationId, String> organisationNames) {
        this(benefits, links, contributionShares, organisationNames, List.of(), Map.of());
    }

    /**
     * One benefit of a visible programme.
     *
     * @param allocations the share in percent of the benefit arising in each organisation
     * @param valueByYear its money value per year from its programme's valuation; empty when not priced
     * @param indicators the measure keys of its indicators ({@link IndicatorKeys}) → the indicator's name as shown
     */
    public record BenefitFacts(
            BenefitId id,
            ProgrammeId programme,
            String programmeCode,
            String code,
            String title,
            BenefitClass benefitClass,
            Map<OrganisationId, BigDecimal> allocations,
            SortedMap<Integer, BigDecimal> valueByYear,
            Map<String, String> indicators) {

        public BenefitFacts {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(programme, "programme");
            Objects.requireNonNull(benefitClass, "benefitClass");
            allocations = Map.copyOf(allocations);
            valueByYear = Collections.unmodifiableSortedMap(new TreeMap<>(valueByYear));
            indicators = Map.copyOf(indicators);
        }

        /** Priced: a positive value in at least one year. */
        public boolean priced() {
            return valueByYear.values().stream().anyMatch(v -> v.signum() > 0);
        }

        public BigDecimal valueIn(int year) {
            return valueByYear.getOrDefault(year, BigDecimal.ZERO);
        }

        ConflictBenefit asConflictBenefit() {
            return new ConflictBenefit(id, code, title, programme, programmeCode);
        }
    }

    /** A LEADS_TO link in a network from one benefit to another. */
    public record BenefitLink(BenefitId from, BenefitId to) {}

    /**
     * The staff a time saving counts, named by the assumption (or derived value) its persons formula refers to;
     * assumptions belong to a programme, so the same name in two programmes is two groups.
     */
    public record StaffGroup(ProgrammeId programme, String name) {

        public StaffGroup {
            Objects.requireNonNull(programme, "programme");
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * How much time a staff group has.
     *
     * @param persons the value of the staff group's assumption at the likely scenario
     * @param hoursPerPerson the programme's working hours per full-time person per year
     */
    public record StaffTime(BigDecimal persons, BigDecimal hoursPerPerson) {

        public StaffTime {
            Objects.requireNonNull(persons, "persons");
            Objects.requireNonNull(hoursPerPerson, "hoursPerPerson");
        }

        /** The hours the whole group works in a year: all a time saving on it can free. */
        public BigDecimal availableHours() {
            return persons.multiply(hoursPerPerson);
        }
    }

    /**
     * The time a priced time saving claims from a staff group, at the values its valuation used.
     *
     * @param hoursByYear persons × minutes per period × periods per year ÷ 60 × the phase-in share of the year
     * @param hourlyCost the kroner each of those hours is valued at, without the real price growth of time values
     *     the valuation may add in later years: the overlap valued at it is on the safe, lower side
     */
    public record TimeClaim(
            BenefitId benefit, StaffGroup group, SortedMap<Integer, BigDecimal> hoursByYear, BigDecimal hourlyCost) {

        public TimeClaim {
            Objects.requireNonNull(benefit, "benefit");
            Objects.requireNonNull(group, "group");
            Objects.requireNonNull(hourlyCost, "hourlyCost");
            hoursByYear = Collections.unmodifiableSortedMap(new TreeMap<>(hoursByYear));
        }

        public BigDecimal hoursIn(int year) {
            return hoursByYear.getOrDefault(year, BigDecimal.ZERO);
        }
    }
}
