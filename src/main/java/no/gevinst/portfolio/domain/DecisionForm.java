package no.gevinst.portfolio.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import no.gevinst.portfolio.Conflict;
import no.gevinst.portfolio.ConflictBenefit;
import no.gevinst.portfolio.Decision;
import no.gevinst.portfolio.DecisionInput;
import no.gevinst.portfolio.DecisionKind;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.Ids;
import no.gevinst.shared.Inputs;
import no.gevinst.shared.NorwegianNumbers;
import no.gevinst.shared.Violations;

/** Reads a decision as typed against the conflict it resolves, naming every field that is wrong. */
final class DecisionForm {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private DecisionForm() {}

    static Decision read(Conflict conflict, DecisionInput in, String by, Instant at, long version) {
        Violations v = new Violations();
        DecisionKind kind = Inputs.choice(in.kind(), DecisionKind.class).orElse(null);
        if (kind == null) {
            v.add("kind", "portfolio.decision.kind.invalid");
        }
        String justification = Inputs.text(in.justification());
        if (justification.isEmpty()) {
            // Every decision is a judgement the steering group may ask about later, accepting one most of all.
            v.add("justification", "portfolio.decision.justification.required");
        }
        BenefitId primary = kind == DecisionKind.PRIMARY ? primary(conflict, in, v) : null;
        Map<BenefitId, BigDecimal> shares = kind == DecisionKind.SPLIT ? shares(conflict, in, v) : Map.of();
        v.throwIfAny();
        return new Decision(conflict.key(), kind, primary, shares, justification, by, at, version);
    }

    private static BenefitId primary(Conflict conflict, DecisionInput in, Violations v) {
        BenefitId id = Ids.parse(in.primaryBenefit(), BenefitId::new)
                .filter(conflict::involves)
                .orElse(null);
        if (id == null) {
            v.add("primaryBenefit", "portfolio.decision.primary.invalid");
        }
        return id;
    }

    /** A share for each benefit of the conflict, between 0 and 100, together exactly 100. */
    private static Map<BenefitId, BigDecimal> shares(Conflict conflict, DecisionInput in, Violations v) {
        Map<BenefitId, BigDecimal> shares = new LinkedHashMap<>();
        for (String given : in.shares().keySet()) {
            if (Ids.parse(given, BenefitId::new).filter(conflict::involves).isEmpty()) {
                v.add("shares", "portfolio.decision.shares.unknown", given);
            }
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (ConflictBenefit b : conflict.benefits()) {
            String field = "shares[" + b.id() + "]";
            BigDecimal share = number(in.shares().get(b.id().toString()));
            if (share == null || share.signum() < 0 || share.compareTo(HUNDRED) > 0) {
                v.add(field, "portfolio.decision.share.invalid", b.code());
                continue;
            }
            shares.put(b.id(), share);
            sum = sum.add(share);
        }
        if (shares.size() == conflict.benefits().size() && sum.compareTo(HUNDRED) != 0) {
            v.add(
                    "shares",
                    "portfolio.decision.shares.sum",
                    sum.stripTrailingZeros().toPlainString());
        }
        return shares;
    }

    private static BigDecimal number(String text) {
        try {
            return Inputs.text(text).isEmpty() ? null : NorwegianNumbers.parsePercent(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
