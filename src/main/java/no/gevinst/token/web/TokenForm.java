package no.gevinst.token.web;

import java.util.ArrayList;
import java.util.List;
import no.gevinst.access.ApiTokenInput;
import no.gevinst.access.ApiTokens;

/** The new-token form as the page binds it. */
public class TokenForm {

    private String name;
    private String expiresInDays = String.valueOf(ApiTokens.DEFAULT_DAYS);
    private List<String> scopes = new ArrayList<>();
    private String user;

    ApiTokenInput toInput() {
        return new ApiTokenInput(
                name,
                days(),
                scopes == null
                        ? List.of()
                        : scopes.stream().map(ScopeLabels::scope).toList(),
                user);
    }

    /** Blank is the default; a text that is no whole number is out of range, and said so. */
    private Integer days() {
        String text = expiresInDays == null ? "" : expiresInDays.strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getExpiresInDays() {
        return expiresInDays;
    }

    public void setExpiresInDays(String expiresInDays) {
        this.expiresInDays = expiresInDays;
    }

    public List<String> getScopes() {
        return scopes;
    }

    public void setScopes(List<String> scopes) {
        this.scopes = scopes;
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }
}
