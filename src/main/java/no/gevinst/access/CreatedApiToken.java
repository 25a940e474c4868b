package no.gevinst.access;

/**
 * A token just created, with its secret: the only time the secret exists outside the caller's hands, since only its
 * SHA-256 is stored.
 */
public record CreatedApiToken(ApiToken token, String secret) {

    /** Never lets the secret into logs. */
    @Override
    public String toString() {
        return "CreatedApiToken[" + token.id() + "]";
    }
}
