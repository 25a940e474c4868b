package no.gevinst.portfolio.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import no.gevinst.benefit.Allocation;
import no.gevinst.benefit.Benefit;
import no.gevinst.network.NetworkLink;
import no.gevinst.network.Networks;
import no.gevinst.portfolio.domain.PortfolioFacts.BenefitFacts;
import no.gevinst.programme.Programme;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.valuation.ProgrammeValuation;
import no.gevinst.valuation.Valuation;
import org.springframework.stereotype.Component;

/**
 * What the double-counting control reads of one programme's register, valuation, indicators and network, kept with its
 * register ({@link Reading#keptOfRegister}): its benefits' facts, its network's links and contributions, its staff
 * time, and the organisations its benefits are allocated to.
 */
@Component
class RegisterFacts {

    private final Networks networks;

    RegisterFacts(Networks networks) {
        this.networks = networks;
    }

    /** What the detector reads of one programme: its benefits' facts, its network's links and its staff time. */
    record ProgrammeFacts(
            List<BenefitFacts> benefits,
            List<PortfolioFacts.BenefitLink> links,
            Map<BenefitId, BigDecimal> contributions,
            Set<OrganisationId> allocated,
            List<PortfolioFacts.TimeClaim> timeClaims,
            Map<PortfolioFacts.StaffGroup, PortfolioFacts.StaffTime> staffTime,
            DoubleCountingParts.Indexed indexed) {

        /** The facts read, and the programme's alone indexed for the detector (sharing the same lists). */
        ProgrammeFacts(
                ProgrammeId programme,
                List<BenefitFacts> benefits,
                List<PortfolioFacts.BenefitLink> links,
                Map<BenefitId, BigDecimal> contributions,
                Set<OrganisationId> allocated,
                List<PortfolioFacts.TimeClaim> timeClaims,
                Map<PortfolioFacts.StaffGroup, PortfolioFacts.StaffTime> staffTime) {
            this(
                    benefits,
                    links,
                    contributions,
                    allocated,
                    timeClaims,
                    staffTime,
                    DoubleCountingParts.Indexed.of(
                            programme,
                            new PortfolioFacts(benefits, links, contributions, Map.of(), timeClaims, staffTime)));
        }
    }

    ProgrammeFacts of(Programme programme, Reading reading) {
        return reading.keptOfRegister("facts", programme.id(), () -> read(programme, reading));
    }

    /**
     * Everything the detector reads, from the programmes counted: each programme's facts put together in the
     * programmes' order as one reading of them all would give them.
     */
    static PortfolioFacts together(List<ProgrammeFacts> parts, Map<OrganisationId, String> names) {
        List<BenefitFacts> all = new ArrayList<>();
        List<PortfolioFacts.BenefitLink> links = new ArrayList<>();
        Map<BenefitId, BigDecimal> contributions = new HashMap<>();
        List<PortfolioFacts.TimeClaim> timeClaims = new ArrayList<>();
        Map<PortfolioFacts.StaffGroup, PortfolioFacts.StaffTime> staffTime = new HashMap<>();
        for (ProgrammeFacts own : parts) {
            all.addAll(own.benefits());
            links.addAll(own.links());
            contributions.putAll(own.contributions());
            timeClaims.addAll(own.timeClaims());
            staffTime.putAll(own.staffTime());
        }
        return new PortfolioFacts(all, links, contributions, names, timeClaims, staffTime);
    }

    private ProgrammeFacts read(Programme programme, Reading reading) {
        List<BenefitFacts> all = new ArrayList<>();
        List<PortfolioFacts.BenefitLink> links = new ArrayList<>();
        Map<BenefitId, BigDecimal> contributions = new HashMap<>();
        Set<OrganisationId> allocated = new HashSet<>();
        List<PortfolioFacts.TimeClaim> timeClaims = new ArrayList<>();
        Map<PortfolioFacts.StaffGroup, PortfolioFacts.StaffTime> staffTime = new HashMap<>();
        List<Benefit> register = reading.register(programme.id());
        ProgrammeValuation valuation = reading.valuation(programme.id());
        Map<BenefitId, SortedMap<Integer, BigDecimal>> values = values(valuation);
        StaffTimeClaims.read(programme.id(), valuation, timeClaims, staffTime);
        // Kept with the programme's indicators (V62): an edit of a benefit does not have them read and keyed again.
        Map<BenefitId, Map<String, String>> measures = IndicatorParts.measureKeys(programme.id(), reading);
        for (Benefit b : register) {
            all.add(facts(
                    programme,
                    b,
                    values.getOrDefault(b.id(), new TreeMap<>()),
                    measures.getOrDefault(b.id(), Map.of())));
            b.allocations().forEach(a -> allocated.add(a.organisation()));
        }
        readNetwork(networks.statedLinks(programme.id()), register, links, contributions);
        return new ProgrammeFacts(
                programme.id(),
                List.copyOf(all),
                List.copyOf(links),
                Map.copyOf(contributions),
                Set.copyOf(allocated),
                List.copyOf(timeClaims),
                Map.copyOf(staffTime));
    }

    private static BenefitFacts facts(
            Programme programme, Benefit b, SortedMap<Integer, BigDecimal> values, Map<String, String> measures) {
        Map<OrganisationId, BigDecimal> allocations = new LinkedHashMap<>();
        for (Allocation a : b.allocations()) {
            allocations.merge(a.organisation(), a.share().value(), BigDecimal::add);
        }
        return new BenefitFacts(
                b.id(),
                programme.id(),
                programme.code(),
                b.code(),
                b.title(),
                b.benefitClass(),
                allocations,
                values,
                measures);
    }

    /** Each priced benefit's yearly values; each line of the valuation says which benefit it prices. */
    private static Map<BenefitId, SortedMap<Integer, BigDecimal>> values(ProgrammeValuation valuation) {
        Map<BenefitId, SortedMap<Integer, BigDecimal>> values = new HashMap<>();
        for (Valuation.BenefitLine line : valuation.valuation().benefits()) {
            values.put(line.benefit().id(), new TreeMap<>(line.valueByYear()));
        }
        return values;
    }

    private static void readNetwork(
            List<NetworkLink> stated,
            List<Benefit> register,
            List<PortfolioFacts.BenefitLink> links,
            Map<BenefitId, BigDecimal> contributions) {
        Map<String, BenefitId> ids = new HashMap<>();
        register.forEach(b -> ids.put(b.id().toString(), b.id()));
        for (NetworkLink link : stated) {
            BenefitId to = ids.get(link.to());
            if (link.kind() != NetworkLink.Kind.LEADS_TO || to == null) {
                continue;
            }
            BenefitId from = ids.get(link.from());
            if (from != null) {
                links.add(new PortfolioFacts.BenefitLink(from, to));
            }
            if (link.share() != null) {
                contributions.merge(to, link.share(), BigDecimal::add);
            }
        }
    }
}
