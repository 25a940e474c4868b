package no.gevinst.plan.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import no.gevinst.network.ElementStatus;
import no.gevinst.network.Network;
import no.gevinst.network.NetworkDrawing;
import no.gevinst.network.NetworkNode;
import no.gevinst.network.Networks;
import no.gevinst.organisation.People;
import no.gevinst.organisation.Person;
import no.gevinst.plan.Measure;
import no.gevinst.plan.Releases;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.NorwegianTime;
import no.gevinst.shared.NotFoundException;
import no.gevinst.shared.PersonId;
import no.gevinst.shared.ProgrammeId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Follows the plan up release by release. The benefit map says what a delivery leads to; the plans say which
 * measures serve those benefits. Visibility is the map's: it refuses a programme the user may not see.
 */
@Service
@Transactional(readOnly = true)
class ReleaseFollowUpService implements Releases {

    private static final Comparator<LocalDate> EARLIEST_FIRST = Comparator.nullsLast(Comparator.naturalOrder());

    private final Networks networks;
    private final FollowUpRepository repository;
    private final People people;

    ReleaseFollowUpService(Networks networks, FollowUpRepository repository, People people) {
        this.networks = networks;
        this.repository = repository;
        this.people = people;
    }

    @Override
    public List<Summary> releases(ProgrammeId programme) {
        LocalDate today = NorwegianTime.today();
        Map<String, List<NetworkNode>> byRelease = new TreeMap<>();
        networks.of(programme).nodes().stream()
                .filter(ReleaseFollowUpService::isDelivered)
                .forEach(n -> byRelease
                        .computeIfAbsent(n.release().strip(), k -> new ArrayList<>())
                        .add(n));
        return byRelease.entrySet().stream()
                .map(e -> summary(e.getKey(), e.getValue(), today))
                .sorted(Comparator.comparing(Summary::firstPlanned, EARLIEST_FIRST))
                .toList();
    }

    @Override
    public ReleaseView release(ProgrammeId programme, String name) {
        String wanted = name == null ? "" : name.strip();
        Network network = networks.of(programme);
        List<NetworkNode> delivered = network.nodes().stream()
                .filter(n -> isDelivered(n) && n.release().strip().equals(wanted))
                .sorted(Comparator.comparing(NetworkNode::plannedDate, EARLIEST_FIRST)
                        .thenComparing(NetworkNode::label))
                .toList();
        if (delivered.isEmpty()) {
            throw new NotFoundException("release", wanted);
        }
        LocalDate today = NorwegianTime.today();
        List<TouchedBenefit> benefits = touched(network, delivered, programme);
        return new ReleaseView(
                wanted,
                delivered.stream().map(n -> delivery(n, programme, today)).toList(),
                benefits,
                serving(programme, benefits, today));
    }

    /** Elements carry a release; benefits and objectives, which are the register's, do not. */
    private static boolean isDelivered(NetworkNode node) {
        return node.isElement() && !node.release().isBlank();
    }

    private static Summary summary(String name, List<NetworkNode> nodes, LocalDate today) {
        LocalDate first = nodes.stream()
                .map(NetworkNode::plannedDate)
                .filter(Objects::nonNull)
                .min(Comparator.naturalOrder())
                .orElse(null);
        int delivered = (int)
                nodes.stream().filter(n -> status(n) == ElementStatus.DONE).count();
        int late = (int) nodes.stream().filter(n -> isLate(n, today)).count();
        return new Summary(name, first, nodes.size(), delivered, late);
    }

    /**
     * Late when moved past its plan, or when the date it is expected by has passed without delivery. A cancelled
     * element is not late: it will not come.
     */
    static boolean isLate(NetworkNode node, LocalDate today) {
        ElementStatus status = status(node);
        if (status == ElementStatus.CANCELLED) {
            return false;
        }
        boolean moved = node.movedDate() != null
                && node.plannedDate() != null
                && node.movedDate().isAfter(node.plannedDate());
        boolean pastDue = status != ElementStatus.DONE
                && node.readyDate() != null
                && node.readyDate().isBefore(today);
        return moved || pastDue;
    }

    private static ElementStatus status(NetworkNode node) {
        return node.status() == null ? ElementStatus.PLANNED : ElementStatus.valueOf(node.status());
    }

    private static Delivery delivery(NetworkNode n, ProgrammeId programme, LocalDate today) {
        return new Delivery(
                n.id(),
                n.kind(),
                n.label(),
                n.owner(),
                status(n),
                n.plannedDate(),
                n.movedDate(),
                isLate(n, today),
                NetworkDrawing.recordPath(programme, n));
    }

    /** The benefits downstream of each delivery, each once, with the deliveries that lead to it; by code. */
    private static List<TouchedBenefit> touched(Network network, List<NetworkNode> delivered, ProgrammeId programme) {
        Map<String, NetworkNode> benefits = new LinkedHashMap<>();
        Map<String, Set<String>> via = new LinkedHashMap<>();
        for (NetworkNode delivery : delivered) {
            for (NetworkNode n : network.downstreamOf(delivery.id()).nodes()) {
                if (n.kind().isBenefit()) {
                    benefits.put(n.id(), n);
                    via.computeIfAbsent(n.id(), k -> new LinkedHashSet<>()).add(delivery.label());
                }
            }
        }
        return benefits.values().stream()
                .sorted(Comparator.comparing(NetworkNode::label))
                .map(n -> new TouchedBenefit(
                        n.id(),
                        n.kind(),
                        n.label(),
                        n.status(),
                        n.rag(),
                        n.plannedDate(),
                        List.copyOf(via.get(n.id())),
                        NetworkDrawing.recordPath(programme, n)))
                .toList();
    }

    private List<ServingMeasure> serving(ProgrammeId programme, List<TouchedBenefit> benefits, LocalDate today) {
        Map<String, String> labels = new LinkedHashMap<>();
        benefits.forEach(b -> labels.put(b.id(), b.label()));
        List<FollowUpRepository.PlannedMeasure> measures = repository.measures(Set.of(programme)).stream()
                .filter(m -> m.measure().benefits().stream().anyMatch(b -> labels.containsKey(key(b))))
                .toList();
        Map<PersonId, Person> responsible = people.findAll(measures.stream()
                .map(m -> m.measure().responsible())
                .filter(Objects::nonNull)
                .toList());
        return measures.stream()
                .map(m -> serving(m, labels, responsible, today))
                .toList();
    }

    private static ServingMeasure serving(
            FollowUpRepository.PlannedMeasure planned,
            Map<String, String> labels,
            Map<PersonId, Person> responsible,
            LocalDate today) {
        Measure m = planned.measure();
        Person person = m.responsible() == null ? null : responsible.get(m.responsible());
        return new ServingMeasure(
                m.id(),
                m.plan(),
                planned.planTitle(),
                m.action(),
                m.benefits().stream()
                        .map(b -> labels.get(key(b)))
                        .filter(Objects::nonNull)
                        .toList(),
                person == null ? null : person.name(),
                m.deadline(),
                m.status(),
                m.isOverdue(today),
                "/plans/" + m.plan() + "#measures");
    }

    /** The map knows a benefit by its id as text. */
    private static String key(BenefitId benefit) {
        return benefit.value().toString();
    }
}
