package no.gevinst.valuation.domain;

import java.util.Optional;
import no.gevinst.programme.Programme;
import no.gevinst.programme.Programmes;
import no.gevinst.shared.Inputs;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.shared.VersionConflictException;
import no.gevinst.shared.Violations;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** What every write to a valuation must pass: the programme's coordinators only, naming the version they read. */
@Component
class ValuationWriteRules {

    private final Programmes programmes;

    ValuationWriteRules(Programmes programmes) {
        this.programmes = programmes;
    }

    Programme existing(ProgrammeId programme) {
        return programmes.require(programme);
    }

    void requireCoordinator(ProgrammeId programme) {
        existing(programme);
        if (!programmes.canCoordinate(programme)) {
            throw new AccessDeniedException("Only the programme's coordinators change its valuation");
        }
    }

    /**
     * Refuses a write that names no version of a record that exists, or a version that is not the stored one (null
     * expected: the writer read no record).
     */
    static void requireVersion(String entity, Object id, Long expected, Optional<Long> current) {
        if (expected == null && current.isPresent()) {
            throw InvalidInputException.of("version", "version.required");
        }
        if (expected != null && (current.isEmpty() || current.get().longValue() != expected)) {
            throw new VersionConflictException(entity, id, expected, current.orElse(-1L));
        }
    }

    /** Someone wrote the record between the read and the conditional write, which so changed nothing. */
    static VersionConflictException writtenMeanwhile(String entity, Object id, Long expected, Optional<Long> now) {
        return new VersionConflictException(entity, id, expected == null ? -1 : expected, now.orElse(-1L));
    }

    /** The version a form or body names; blank when the writer read no record. */
    static Long version(String text, Violations v) {
        String value = Inputs.text(text).replace("\"", "").replace("W/", "");
        if (value.isEmpty()) {
            return null;
        }
        try {
            return Long.valueOf(value);
        } catch (NumberFormatException e) {
            v.add("version", "version.invalid");
            return null;
        }
    }
}
