package no.gevinst.portfolio.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import no.gevinst.portfolio.FlowMatrix;
import no.gevinst.portfolio.FlowMatrix.Flow;
import no.gevinst.portfolio.FlowMatrix.Party;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.OrganisationId;

/**
 * Builds the distribution matrix: a benefit's value at full effect × its allocation share ÷ 100 ÷ the number of its
 * investors flows from each investor to each benefiting organisation. Amounts keep their precision; only the page
 * rounds them.
 */
final class FlowMatrices {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private FlowMatrices() {}

    static FlowMatrix of(List<BenefitFlow> benefits, Map<OrganisationId, String> names) {
        return named(Cells.of(benefits), names);
    }

    /**
     * What some benefits carry between organisations, unnamed: the amount and the benefits carrying it in each cell, in
     * the order the cells were first met, and how many of the benefits cross organisations. What one programme's
     * benefits carry is kept with its register; the programmes' cells added up in their order are what all their
     * benefits together carry, to the øre (money adds up exactly).
     */
    record Cells(Map<Cell, BigDecimal> amounts, Map<Cell, Set<BenefitId>> carriers, int crossBenefits) {

        static Cells of(List<BenefitFlow> benefits) {
            Map<Cell, BigDecimal> amounts = new LinkedHashMap<>();
            Map<Cell, Set<BenefitId>> carriers = new HashMap<>();
            for (BenefitFlow b : benefits) {
                if (!b.investors().isEmpty()) {
                    carry(b, amounts, carriers);
                }
            }
            int crossBenefits = (int)
                    benefits.stream().filter(BenefitFlow::crossesOrganisations).count();
            carriers.replaceAll((cell, ids) -> Set.copyOf(ids));
            return new Cells(Collections.unmodifiableMap(amounts), Map.copyOf(carriers), crossBenefits);
        }

        /** The cells of several parts added up, in the parts' order. */
        static Cells merged(List<Cells> parts) {
            if (parts.size() == 1) {
                return parts.getFirst();
            }
            Map<Cell, BigDecimal> amounts = new LinkedHashMap<>();
            Map<Cell, Set<BenefitId>> carriers = new HashMap<>();
            int crossBenefits = 0;
            for (Cells part : parts) {
                part.amounts().forEach((cell, amount) -> amounts.merge(cell, amount, BigDecimal::add));
                part.carriers()
                        .forEach((cell, ids) -> carriers.computeIfAbsent(cell, c -> new HashSet<>())
                                .addAll(ids));
                crossBenefits += part.crossBenefits();
            }
            return new Cells(amounts, carriers, crossBenefits);
        }
    }

    /** A benefit's value split over its investors and the organisations it is allocated to. */
    private static void carry(BenefitFlow b, Map<Cell, BigDecimal> amounts, Map<Cell, Set<BenefitId>> carriers) {
        BigDecimal investors = BigDecimal.valueOf(b.investors().size());
        b.allocations().forEach((to, share) -> {
            BigDecimal each = b.nokPerYear()
                    .multiply(share, MathContext.DECIMAL64)
                    .divide(HUNDRED, MathContext.DECIMAL64)
                    .divide(investors, MathContext.DECIMAL64);
            for (OrganisationId from : b.investors()) {
                Cell cell = new Cell(from, to);
                amounts.merge(cell, each, BigDecimal::add);
                carriers.computeIfAbsent(cell, c -> new HashSet<>()).add(b.id());
            }
        });
    }

    /** The matrix of the cells, its organisations named. */
    static FlowMatrix named(Cells cells, Map<OrganisationId, String> names) {
        Map<Cell, BigDecimal> amounts = cells.amounts();
        List<Party> investing =
                parties(amounts.keySet().stream().map(Cell::from).toList(), names);
        List<Party> benefiting = parties(amounts.keySet().stream().map(Cell::to).toList(), names);
        List<Flow> flows = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal cross = BigDecimal.ZERO;
        for (Party from : investing) {
            for (Party to : benefiting) {
                Cell cell = new Cell(from.id(), to.id());
                BigDecimal amount = amounts.get(cell);
                if (amount == null) {
                    continue;
                }
                flows.add(new Flow(
                        from.id(), to.id(), amount, cells.carriers().get(cell).size(), cell.crosses()));
                total = total.add(amount);
                cross = cell.crosses() ? cross.add(amount) : cross;
            }
        }
        return new FlowMatrix(investing, benefiting, flows, total, cross, cells.crossBenefits());
    }

    /** The organisations once each, by name as Norwegian sorts them. */
    private static List<Party> parties(List<OrganisationId> ids, Map<OrganisationId, String> names) {
        Collator norwegian = Collator.getInstance(Locale.forLanguageTag("nb-NO"));
        return ids.stream()
                .distinct()
                .map(id -> new Party(id, names.getOrDefault(id, id.toString())))
                .sorted(Comparator.comparing(Party::name, norwegian))
                .toList();
    }

    record Cell(OrganisationId from, OrganisationId to) {
        boolean crosses() {
            return !from.equals(to);
        }
    }
}
