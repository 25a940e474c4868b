package no.gevinst.token.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import no.gevinst.access.ApiToken;
import no.gevinst.shared.NorwegianTime;

/** A token as the page lists it, with its times in Norwegian form and its state. */
record TokenView(
        ApiToken token,
        List<ScopeLabels.Label> scopes,
        String status,
        String createdAt,
        String expiresAt,
        String lastUsedAt,
        String revokedAt) {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    static TokenView of(ApiToken token, ScopeLabels.Names names, Instant now) {
        return new TokenView(
                token,
                names.label(token.scopes()),
                status(token, now),
                format(token.createdAt()),
                format(token.expiresAt()),
                format(token.lastUsedAt()),
                format(token.revokedAt()));
    }

    /** ACTIVE, EXPIRED or REVOKED. */
    static String status(ApiToken token, Instant now) {
        return token.revoked() ? "REVOKED" : token.activeAt(now) ? "ACTIVE" : "EXPIRED";
    }

    public boolean active() {
        return status.equals("ACTIVE");
    }

    private static String format(Instant time) {
        return time == null ? null : FORMAT.format(time.atZone(NorwegianTime.zone()));
    }
}
