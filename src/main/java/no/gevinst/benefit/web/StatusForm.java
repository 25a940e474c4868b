package no.gevinst.benefit.web;

import java.util.Arrays;
import no.gevinst.benefit.BenefitStatus;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.Versions;
import org.jspecify.annotations.Nullable;

/**
 * A move of the benefit through its lifecycle as the profile's buttons send it: the status moved to, the reason (for
 * abandoning it) and the version of the benefit read. Read once here: a status that is none of the lifecycle's and a
 * version that is no whole number are refused before the benefit is touched.
 */
public class StatusForm {

    private @Nullable String status;
    private @Nullable String reason;
    private @Nullable String version;

    BenefitStatus target() {
        return Arrays.stream(BenefitStatus.values())
                .filter(s -> s.name().equals(status))
                .findFirst()
                .orElseThrow(() -> InvalidInputException.of("status", "benefit.status.invalid"));
    }

    long expectedVersion() {
        return Versions.requiredFromForm(version);
    }

    /** Only the reason has a field of its own; the status and the version are the buttons', told above them. */
    static @Nullable String formField(String field) {
        return "reason".equals(field) ? field : null;
    }

    public @Nullable String getStatus() {
        return status;
    }

    public void setStatus(@Nullable String status) {
        this.status = status;
    }

    public @Nullable String getReason() {
        return reason;
    }

    public void setReason(@Nullable String reason) {
        this.reason = reason;
    }

    public @Nullable String getVersion() {
        return version;
    }

    public void setVersion(@Nullable String version) {
        this.version = version;
    }
}
