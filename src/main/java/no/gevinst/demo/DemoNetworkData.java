package no.gevinst.demo;

import java.util.List;
import no.gevinst.network.ChangeDescription;

/**
 * One programme's benefit map as {@code demo/networks.json} writes it, in sections drawn one after the other: each
 * section adds its elements, then its links. A link's end is an element of the map by its key, a benefit of the
 * register by its title ({@code benefit:...}) or an objective by its number ({@code objective:3}).
 */
record DemoNetworkData(String programme, List<Section> sections) {

    /** Elements added together, then the links among them and to the earlier ones. */
    record Section(List<Element> elements, List<Link> links) {

        Section {
            elements = elements == null ? List.of() : elements;
            links = links == null ? List.of() : links;
        }
    }

    /**
     * An element of the map; {@code owner} is a person's demo key, and {@code change} the change description of an
     * enabling or business change. Left-out texts are blank.
     */
    record Element(
            String key,
            String kind,
            String label,
            String description,
            String owner,
            String release,
            String status,
            String planned,
            String moved,
            ChangeDescription change) {

        Element {
            description = blankIfNull(description);
            owner = blankIfNull(owner);
            release = blankIfNull(release);
            status = blankIfNull(status);
            planned = blankIfNull(planned);
            moved = blankIfNull(moved);
            change = change == null ? ChangeDescription.EMPTY : change;
        }
    }

    /** A link; {@code kind} is LEADS_TO unless given, with the share (percent) and lag (months) it may carry. */
    record Link(String from, String to, String kind, String share, String lag) {

        Link {
            kind = kind == null ? "LEADS_TO" : kind;
            share = blankIfNull(share);
            lag = blankIfNull(lag);
        }
    }

    private static String blankIfNull(String text) {
        return text == null ? "" : text;
    }
}
