package no.gevinst.report.domain;

import java.util.Locale;
import java.util.Map;
import no.gevinst.plan.ChangeRecords;
import no.gevinst.plan.PlanSnapshot;
import org.springframework.stereotype.Component;

/**
 * The parts of the plan and the annual status on change, learning and configuration (issue 19), from the records the
 * content holds beside it: an approved version's as frozen at approval, a draft's and the status' as they are now.
 */
@Component
class ChangeParts {

    private final LearningParts learning;
    private final ProcessParts processes;
    private final ConfigurationParts configuration;

    ChangeParts(LearningParts learning, ProcessParts processes, ConfigurationParts configuration) {
        this.learning = learning;
        this.processes = processes;
        this.configuration = configuration;
    }

    /**
     * The templates' variables for the parts: {@code learning}, {@code processes} and {@code configuration}; for a
     * version approved before the records were frozen with it only {@code notRecorded}, so that its document says
     * they are not recorded in it rather than passing today's records off as approved.
     */
    Map<String, Object> of(PlanSnapshot content, Locale locale) {
        ChangeRecords records = content.records();
        if (records == null) {
            return Map.of("notRecorded", true);
        }
        return Map.of(
                "learning",
                learning.of(records, locale),
                "processes",
                processes.of(records.processes(), locale),
                "configuration",
                configuration.of(records.configuration(), locale));
    }
}
