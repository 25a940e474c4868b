package no.gevinst.config.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.mock.env.MockEnvironment;

class BasicAuthSwitchTest {

    @Test
    void autoIsOnWithoutAnOpenIdConnectClientAndOffWithOne() {
        assertThat(BasicAuthSwitch.enabled(new MockEnvironment())).isTrue();
        assertThat(BasicAuthSwitch.enabled(new MockEnvironment()
                        .withProperty("spring.security.oauth2.client.registration.helseid.client-id", "gevinst")))
                .isFalse();
    }

    @Test
    void aRegistrationGivenAsAnEnvironmentVariableCountsToo() {
        StandardEnvironment environment = new StandardEnvironment();
        environment
                .getPropertySources()
                .replace(
                        StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        new SystemEnvironmentPropertySource(
                                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                                Map.of("SPRING_SECURITY_OAUTH2_CLIENT_REGISTRATION_ENTRA_CLIENT_ID", "gevinst")));
        assertThat(BasicAuthSwitch.enabled(environment)).isFalse();
    }

    @Test
    void onAndOffAreObeyedWhateverIsRegistered() {
        MockEnvironment registered = new MockEnvironment()
                .withProperty("spring.security.oauth2.client.registration.helseid.client-id", "gevinst");
        assertThat(BasicAuthSwitch.enabled(registered.withProperty(BasicAuthSwitch.PROPERTY, "on")))
                .isTrue();
        assertThat(BasicAuthSwitch.enabled(new MockEnvironment().withProperty(BasicAuthSwitch.PROPERTY, "OFF")))
                .isFalse();
    }

    @Test
    void anyOtherValueStopsTheStartNamingTheSetting() {
        assertThatThrownBy(() ->
                        BasicAuthSwitch.enabled(new MockEnvironment().withProperty(BasicAuthSwitch.PROPERTY, "maybe")))
                .hasMessageContaining(BasicAuthSwitch.PROPERTY);
    }
}
