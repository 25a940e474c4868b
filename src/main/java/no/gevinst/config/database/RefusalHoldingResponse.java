package no.gevinst.config.database;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.function.BooleanSupplier;

/**
 * Holds back a login refusal (401, or the redirect to the login page) when the database is gone, because then
 * the user could not be looked up and the refusal would blame the password for the outage.
 */
class RefusalHoldingResponse extends HttpServletResponseWrapper {

    private final BooleanSupplier databaseGone;
    private boolean refusalHeld;

    RefusalHoldingResponse(HttpServletResponse response, BooleanSupplier databaseGone) {
        super(response);
        this.databaseGone = databaseGone;
    }

    boolean refusalHeld() {
        return refusalHeld;
    }

    @Override
    public void sendError(int status, String message) throws IOException {
        if (!holds(status)) {
            super.sendError(status, message);
        }
    }

    @Override
    public void sendError(int status) throws IOException {
        if (!holds(status)) {
            super.sendError(status);
        }
    }

    @Override
    public void setStatus(int status) {
        if (!holds(status)) {
            super.setStatus(status);
        }
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        if (!(location.contains("/login") && held())) {
            super.sendRedirect(location);
        }
    }

    private boolean holds(int status) {
        return status == SC_UNAUTHORIZED && held();
    }

    private boolean held() {
        if (!refusalHeld && databaseGone.getAsBoolean()) {
            refusalHeld = true;
        }
        return refusalHeld;
    }
}
