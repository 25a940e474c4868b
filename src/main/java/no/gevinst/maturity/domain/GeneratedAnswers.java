package no.gevinst.maturity.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import no.gevinst.audit.AuditLog;
import no.gevinst.audit.AuditScope;
import no.gevinst.maturity.MaturityTemplate;
import no.gevinst.maturity.Round;
import no.gevinst.shared.OrganisationId;
import org.springframework.stereotype.Component;

/**
 * Generated answers for a demo round: the same for the same seed. Each unit leans its own way in each dimension, so
 * that the heat map shows weak and strong cells; the respondents are made-up ids, no one's account.
 */
@Component
class GeneratedAnswers {

    private final ResponseRepository responses;
    private final AuditLog auditLog;

    GeneratedAnswers(ResponseRepository responses, AuditLog auditLog) {
        this.responses = responses;
        this.auditLog = auditLog;
    }

    void answer(Round round, Map<OrganisationId, Integer> respondents, long seed) {
        if (!round.demo()) {
            throw new IllegalStateException("Generated answers belong in demo rounds only");
        }
        Random random = new Random(seed);
        MaturityTemplate template = round.asks();
        respondents.forEach((unit, count) -> {
            Map<String, Double> lean = new LinkedHashMap<>();
            template.dimensions().forEach(d -> lean.put(d.key(), 1.6 + random.nextDouble() * 3.0));
            for (int i = 0; i < count; i++) {
                Map<String, Integer> scores = new LinkedHashMap<>();
                for (MaturityTemplate.Dimension d : template.dimensions()) {
                    for (String statement : d.statements()) {
                        long score = Math.round(lean.get(d.key()) + random.nextGaussian() * 0.8);
                        scores.put(
                                statement, (int) Math.clamp(score, MaturityTemplate.LOWEST, MaturityTemplate.HIGHEST));
                    }
                }
                UUID respondent = UUID.nameUUIDFromBytes(("maturity-demo:" + round.id() + ":" + unit + ":" + i)
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
                responses.insert(UUID.randomUUID(), round.id(), respondent, unit, template, scores);
            }
        });
        auditLog.record(
                AuditScope.of(round.programme()),
                MaturityService.ENTITY,
                round.id(),
                "generate",
                null,
                Map.of(
                        "demo",
                        true,
                        "respondents",
                        respondents.values().stream()
                                .mapToInt(Integer::intValue)
                                .sum()));
    }
}
