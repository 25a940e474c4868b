package no.gevinst.benefit.domain;

import java.util.Locale;
import java.util.Optional;
import no.gevinst.shared.TextLimits;
import no.gevinst.shared.Violations;

/** What a coordinator states to merge two benefits: the other benefit's code, the reason and the decision's reference. */
record MergeInput(Optional<String> code, String reason, String reference) {

    static MergeInput read(String code, String reason, String reference) {
        Violations v = new Violations();
        String c = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        String r = reason == null ? "" : reason.strip();
        String ref = reference == null ? "" : reference.strip();
        if (c.isEmpty()) {
            v.add("mergedCode", "merge.code.required");
        } else if (c.length() > TextLimits.LINE) {
            v.add("mergedCode", "merge.code.unknown");
        }
        if (r.isEmpty()) {
            v.add("reason", "merge.reason.required");
        } else if (r.length() > TextLimits.PARAGRAPHS) {
            v.add("reason", "text.tooLong", TextLimits.PARAGRAPHS, r.length());
        }
        if (ref.isEmpty()) {
            v.add("decisionReference", "merge.reference.required");
        } else if (ref.length() > TextLimits.LINE) {
            v.add("decisionReference", "text.tooLong", TextLimits.LINE, ref.length());
        }
        v.throwIfAny();
        return new MergeInput(Optional.of(c), r, ref);
    }
}
