package no.gevinst.transfer.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import no.gevinst.benefit.BenefitTransfer;
import no.gevinst.benefit.SharingTransfer;
import no.gevinst.configdecision.ConfigDecisionTransfer;
import no.gevinst.decision.DecisionTransfer;
import no.gevinst.evidence.EvidenceTransfer;
import no.gevinst.golive.GoLiveTransfer;
import no.gevinst.handover.HandoverTransfer;
import no.gevinst.indicator.IndicatorTransfer;
import no.gevinst.lesson.LessonTransfer;
import no.gevinst.maturity.MaturityTransfer;
import no.gevinst.network.NetworkTransfer;
import no.gevinst.plan.PlanTransfer;
import no.gevinst.portfolio.DoubleCountingTransfer;
import no.gevinst.portfolio.SignOffTransfer;
import no.gevinst.programme.ProgrammeTransfer;
import no.gevinst.shared.ProgrammeTables;
import no.gevinst.stakeholder.StakeholderTransfer;
import no.gevinst.story.StoryTransfer;
import no.gevinst.valuation.ValuationTransfer;
import org.springframework.stereotype.Component;

/**
 * The modules that contribute to a programme's document, by the name of their part, in the order the import
 * writes them back (each refers only to the parts before it).
 */
@Component
class ModuleParts {

    private final Map<String, ProgrammeTables> parts = new LinkedHashMap<>();

    ModuleParts(
            ProgrammeTransfer programme,
            BenefitTransfer benefits,
            IndicatorTransfer indicators,
            NetworkTransfer network,
            ValuationTransfer valuation,
            PlanTransfer plans,
            DecisionTransfer decisions,
            SignOffTransfer signOffs,
            GoLiveTransfer goLive,
            SharingTransfer sharing,
            HandoverTransfer handovers,
            LessonTransfer lessons,
            MaturityTransfer maturity,
            EvidenceTransfer evidence,
            StoryTransfer stories,
            StakeholderTransfer stakeholders,
            ConfigDecisionTransfer configDecisions,
            DoubleCountingTransfer doubleCounting) {
        parts.put("programme", programme);
        parts.put("benefits", benefits);
        parts.put("indicators", indicators);
        parts.put("network", network);
        parts.put("valuation", valuation);
        parts.put("plans", plans);
        parts.put("decisions", decisions);
        parts.put("signOffs", signOffs);
        parts.put("goLive", goLive);
        parts.put("sharing", sharing);
        parts.put("handovers", handovers);
        parts.put("lessons", lessons);
        parts.put("maturity", maturity);
        parts.put("evidence", evidence);
        parts.put("stories", stories);
        parts.put("stakeholders", stakeholders);
        parts.put("configDecisions", configDecisions);
        parts.put("doubleCounting", doubleCounting);
    }

    Map<String, ProgrammeTables> all() {
        return parts;
    }
}
