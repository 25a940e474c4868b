package no.gevinst.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.BenefitQuery;
import no.gevinst.benefit.Benefits;
import no.gevinst.network.ElementCommand;
import no.gevinst.network.ElementInputBuilder;
import no.gevinst.network.LinkCommand;
import no.gevinst.network.Networks;
import no.gevinst.programme.Objective;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.ProgrammeId;
import org.springframework.stereotype.Component;

/**
 * The demo's benefit dependency networks (gevinstkart), read from {@code demo/networks.json} and drawn through the same
 * service as a coordinator would.
 *
 * <p>Helseplattformen's map opens with the digital booking example of seed 000's Figure 1, which the plan freely
 * translates from the NHS «Choose and Book» project (Ward &amp; Daniels, «Benefits Management»). Told for
 * Helseplattformen: new IT (digital timebestilling on helsenorge, the patient portal) only gives benefits when the
 * clinics first agree which appointments patients may book themselves (an enabling change), and patients then book
 * and move their own appointments (the business change); that gives fewer phone calls and shorter waits, which serve
 * the objectives of citizen involvement and efficiency. In the demo the booking release has slipped three months, so
 * the map forecasts the booking benefit three months late. The other priority areas get a handful of enablers and
 * changes each, the dis-benefit of lost outpatient capacity is mitigated by training and super-users, and the
 * objectives are tied to two strategic drivers.
 *
 * <p>DBEP's map follows seed 004: the national portal (kjernejournal for health personnel, helsenorge for citizens),
 * the API for the EPJ vendors, kjernejournal integration and its uptake in the municipalities as a prerequisite,
 * team-based work around one shared plan, and the dis-benefit of double work until the vendors have integrated.
 */
@Component
class DemoNetworks {

    static final String FILE = "networks.json";

    private final Networks networks;
    private final Benefits benefits;
    private final Programmes programmes;

    DemoNetworks(Networks networks, Benefits benefits, Programmes programmes) {
        this.networks = networks;
        this.benefits = benefits;
        this.programmes = programmes;
    }

    void load(ProgrammeId helseplattformen, ProgrammeId dbep, UnaryOperator<String> personId) {
        Map<String, ProgrammeId> byCode = Map.of("HP", helseplattformen, "DBEP", dbep);
        for (DemoNetworkData map : DemoFiles.list(FILE, DemoNetworkData[].class)) {
            ProgrammeId programme = byCode.get(map.programme());
            if (programme == null) {
                throw new IllegalStateException("No demo programme " + map.programme());
            }
            new MapDrawer(programme, personId).draw(map);
        }
    }

    /** Draws one programme's map: its elements, and links to them, the register's benefits and the objectives. */
    private final class MapDrawer {
        private final ProgrammeId programme;
        private final UnaryOperator<String> personId;
        private final List<Benefit> register;
        private final List<Objective> objectives;
        private final Map<String, String> elements = new HashMap<>();

        MapDrawer(ProgrammeId programme, UnaryOperator<String> personId) {
            this.programme = programme;
            this.personId = personId;
            this.register = benefits.list(BenefitQuery.inProgramme(programme));
            this.objectives = programmes.objectives(programme);
        }

        void draw(DemoNetworkData map) {
            for (DemoNetworkData.Section section : map.sections()) {
                section.elements().forEach(this::add);
                for (DemoNetworkData.Link link : section.links()) {
                    networks.link(
                            programme,
                            LinkCommand.parse(end(link.from()), end(link.to()), link.kind(), link.share(), link.lag()));
                }
            }
        }

        private void add(DemoNetworkData.Element e) {
            String owner = e.owner().isEmpty() ? "" : personId.apply(e.owner());
            ElementCommand command = ElementCommand.parse(ElementInputBuilder.element()
                    .kind(e.kind())
                    .label(e.label())
                    .description(e.description())
                    .ownerId(owner)
                    .release(e.release())
                    .status(e.status())
                    .plannedDate(e.planned())
                    .movedDate(e.moved())
                    .change(e.change())
                    .build());
            String id = networks.addElement(programme, command).id().toString();
            if (elements.put(e.key(), id) != null) {
                throw new IllegalStateException("Two demo elements have the key " + e.key());
            }
        }

        /** The id of a link's end: a benefit by its title, an objective by its number or an element by its key. */
        private String end(String reference) {
            if (reference.startsWith("benefit:")) {
                return benefit(reference.substring("benefit:".length()));
            }
            if (reference.startsWith("objective:")) {
                return objective(Integer.parseInt(reference.substring("objective:".length())));
            }
            String id = elements.get(reference);
            if (id == null) {
                throw new IllegalStateException("No demo element " + reference);
            }
            return id;
        }

        private String benefit(String title) {
            return register.stream()
                    .filter(b -> b.title().equals(title))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("No demo benefit " + title))
                    .id()
                    .value()
                    .toString();
        }

        private String objective(int number) {
            return objectives.stream()
                    .filter(o -> o.number() == number)
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("No objective " + number))
                    .id()
                    .value()
                    .toString();
        }
    }
}
