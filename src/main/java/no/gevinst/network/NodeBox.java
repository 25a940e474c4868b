package no.gevinst.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a node's box says and how tall that makes it: the full label wrapped to the box (at most three lines, an
 * ellipsis only when even three are too few), then the owner's name, the release and the state in a word, each
 * beside the one before where the line has room. The box's accessible name and tooltip hold everything in full.
 */
record NodeBox(List<String> label, List<String> details, String name) {

    static final double WIDTH = 248;
    /** Where text starts, right of the state stripe. */
    static final double TEXT_LEFT = 16;

    static final double TEXT_WIDTH = WIDTH - TEXT_LEFT - 10;
    static final double LABEL_SIZE = 12.5;
    static final double DETAIL_SIZE = 11.5;
    static final int MOST_LABEL_LINES = 3;

    private static final double FIRST_BASELINE = 22;
    private static final double LABEL_LEAD = 16;
    private static final double DETAIL_GAP = 18;
    private static final double DETAIL_LEAD = 15;
    private static final double BELOW_LAST = 11;
    private static final double LEAST_HEIGHT = 56;
    private static final String BETWEEN = " · ";

    static NodeBox of(NetworkNode node, Function<String, String> words) {
        String label = (node.kind() == NodeKind.DISBENEFIT ? "− " : "") + (node.label() == null ? "" : node.label());
        List<String> parts = details(node, words);
        List<String> shown = new ArrayList<>();
        for (String part : parts) {
            String joined = shown.isEmpty() ? part : shown.getLast() + BETWEEN + part;
            if (!shown.isEmpty() && BoxText.width(joined, DETAIL_SIZE) <= TEXT_WIDTH) {
                shown.set(shown.size() - 1, joined);
            } else {
                shown.add(BoxText.fitted(part, TEXT_WIDTH, DETAIL_SIZE));
            }
        }
        String all = String.join(BETWEEN, parts);
        String name =
                words.apply("network.kind." + node.kind()) + ": " + node.label() + (all.isEmpty() ? "" : ". " + all);
        return new NodeBox(BoxText.wrap(label, TEXT_WIDTH, LABEL_SIZE, MOST_LABEL_LINES), shown, name);
    }

    /** The owner by name, the release, and the state in a word: what a reader of a printed map needs beside it. */
    static List<String> details(NetworkNode node, Function<String, String> words) {
        List<String> parts = new ArrayList<>();
        if (node.owner() != null && !node.owner().isBlank()) {
            parts.add(node.owner().strip());
        }
        if (!node.release().isBlank()) {
            parts.add(node.release().strip());
        }
        stateKey(node).map(words).ifPresent(parts::add);
        return parts;
    }

    /** The baseline of each label line, then of each detail line, below the box's top. */
    List<Double> baselines() {
        List<Double> baselines = new ArrayList<>();
        double y = FIRST_BASELINE;
        for (int i = 0; i < label.size(); i++) {
            baselines.add(y);
            y += LABEL_LEAD;
        }
        y += DETAIL_GAP - LABEL_LEAD;
        for (int i = 0; i < details.size(); i++) {
            baselines.add(y);
            y += DETAIL_LEAD;
        }
        return baselines;
    }

    double height() {
        List<Double> baselines = baselines();
        return baselines.isEmpty() ? LEAST_HEIGHT : Math.max(LEAST_HEIGHT, baselines.getLast() + BELOW_LAST);
    }

    /** The node's state as a message key: a benefit's traffic light, else whether an element is late or how far. */
    static Optional<String> stateKey(NetworkNode node) {
        if (node.rag() != null) {
            return Optional.of("network.state." + node.rag());
        }
        if (node.movedDate() != null
                && node.plannedDate() != null
                && node.movedDate().isAfter(node.plannedDate())) {
            return Optional.of("network.state.LATE");
        }
        return Optional.ofNullable(node.status())
                .filter(s -> List.of("IN_PROGRESS", "DONE", "CANCELLED").contains(s))
                .map(s -> "network.state." + s);
    }

    /** Traffic light or progress in colours that keep 3:1 contrast against the box, told in words too. */
    static String stateColour(NetworkNode node) {
        return switch (stateKey(node).orElse("").replace("network.state.", "")) {
            case "GREEN", "DONE" -> "#1a7f37";
            case "AMBER", "LATE" -> "#b25e00";
            case "RED", "CANCELLED" -> "#b3261e";
            case "IN_PROGRESS" -> "#1f5fa8";
            default -> "#8a94a3";
        };
    }

    static String fill(NodeKind kind) {
        return switch (kind) {
            case ENABLER, PREREQUISITE -> "#e8f0fb";
            case ENABLING_CHANGE, BUSINESS_CHANGE -> "#eef7ee";
            case BENEFIT -> "#fff6da";
            case DISBENEFIT -> "#fde8e8";
            case OBJECTIVE, DRIVER -> "#f1ecf8";
        };
    }
}
