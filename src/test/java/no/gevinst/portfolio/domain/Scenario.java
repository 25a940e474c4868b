package no.gevinst.portfolio.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import no.gevinst.benefit.BenefitClass;
import no.gevinst.portfolio.Conflict;
import no.gevinst.portfolio.domain.PortfolioFacts.BenefitFacts;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.ProgrammeId;

/** A hand-made portfolio for the detector's tests, built one benefit at a time. */
final class Scenario {

    static final ProgrammeId HP = new ProgrammeId(UUID.fromString("00000000-0000-0000-0000-0000000000a1"));
    static final ProgrammeId DBEP = new ProgrammeId(UUID.fromString("00000000-0000-0000-0000-0000000000b2"));
    static final OrganisationId ST_OLAV = new OrganisationId(UUID.fromString("00000000-0000-0000-0000-0000000000c3"));
    static final OrganisationId TRONDHEIM = new OrganisationId(UUID.fromString("00000000-0000-0000-0000-0000000000d4"));

    private final List<BenefitFacts> benefits = new ArrayList<>();
    private final List<PortfolioFacts.BenefitLink> links = new ArrayList<>();
    private final Map<BenefitId, BigDecimal> contributions = new HashMap<>();
    private final List<PortfolioFacts.TimeClaim> timeClaims = new ArrayList<>();
    private final Map<PortfolioFacts.StaffGroup, PortfolioFacts.StaffTime> staffTime = new HashMap<>();
    private int next = 1;

    /** A benefit; {@code values} alternate year and kroner, e.g. {@code 2026, "150000"}. */
    BenefitFacts benefit(ProgrammeId programme, String title, BenefitClass benefitClass, Object... values) {
        return add(programme, title, benefitClass, Map.of(), Map.of(), values);
    }

    BenefitFacts benefit(
            ProgrammeId programme,
            String title,
            BenefitClass benefitClass,
            Map<String, String> indicators,
            Map<OrganisationId, String> allocations,
            Object... values) {
        return add(programme, title, benefitClass, indicators, allocations, values);
    }

    private BenefitFacts add(
            ProgrammeId programme,
            String title,
            BenefitClass benefitClass,
            Map<String, String> indicators,
            Map<OrganisationId, String> allocations,
            Object[] values) {
        TreeMap<Integer, BigDecimal> byYear = new TreeMap<>();
        for (int i = 0; i < values.length; i += 2) {
            byYear.put((Integer) values[i], new BigDecimal((String) values[i + 1]));
        }
        Map<OrganisationId, BigDecimal> shares = new LinkedHashMap<>();
        allocations.forEach((o, s) -> shares.put(o, new BigDecimal(s)));
        int n = next++;
        BenefitFacts b = new BenefitFacts(
                new BenefitId(UUID.fromString("00000000-0000-0000-0001-%012d".formatted(n))),
                programme,
                programme.equals(HP) ? "HP" : "DBEP",
                "B-" + n,
                title,
                benefitClass,
                shares,
                byYear,
                indicators);
        benefits.add(b);
        return b;
    }

    Scenario link(BenefitFacts from, BenefitFacts to) {
        links.add(new PortfolioFacts.BenefitLink(from.id(), to.id()));
        return this;
    }

    Scenario contributions(BenefitFacts to, String sumOfShares) {
        contributions.put(to.id(), new BigDecimal(sumOfShares));
        return this;
    }

    /** A staff group of the programme: its persons, each working the hours given in a year. */
    Scenario staff(ProgrammeId programme, String group, String persons, String hoursPerPerson) {
        staffTime.put(
                new PortfolioFacts.StaffGroup(programme, group),
                new PortfolioFacts.StaffTime(new BigDecimal(persons), new BigDecimal(hoursPerPerson)));
        return this;
    }

    /**
     * The hours a time saving claims from a staff group of its programme; {@code hours} alternate year and hours,
     * e.g. {@code 2026, "2200"}.
     */
    Scenario claims(BenefitFacts benefit, String group, String hourlyCost, Object... hours) {
        TreeMap<Integer, BigDecimal> byYear = new TreeMap<>();
        for (int i = 0; i < hours.length; i += 2) {
            byYear.put((Integer) hours[i], new BigDecimal((String) hours[i + 1]));
        }
        timeClaims.add(new PortfolioFacts.TimeClaim(
                benefit.id(),
                new PortfolioFacts.StaffGroup(benefit.programme(), group),
                byYear,
                new BigDecimal(hourlyCost)));
        return this;
    }

    PortfolioFacts facts() {
        return new PortfolioFacts(
                benefits,
                links,
                contributions,
                Map.of(ST_OLAV, "St. Olavs hospital HF", TRONDHEIM, "Trondheim kommune"),
                timeClaims,
                staffTime);
    }

    List<Conflict> detect() {
        return DoubleCounting.detect(facts());
    }

    /** An indicator's measure key as the service builds it, for a benefit's indicator map. */
    static Map<String, String> measuredBy(String name, String unit) {
        return Map.of(IndicatorKeys.measureKey(name, unit, "PROGRAMME", "", ""), name);
    }
}
