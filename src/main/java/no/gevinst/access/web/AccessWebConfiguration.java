package no.gevinst.access.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Sends users whose password was reset to choose a new one before anything else. */
@Configuration(proxyBeanMethods = false)
class AccessWebConfiguration implements WebMvcConfigurer {

    private final PasswordChangeInterceptor passwordChange;

    AccessWebConfiguration(PasswordChangeInterceptor passwordChange) {
        this.passwordChange = passwordChange;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(passwordChange)
                .excludePathPatterns(
                        PasswordChangeInterceptor.PAGE,
                        "/login",
                        "/logout",
                        "/error",
                        "/actuator/**",
                        "/css/**",
                        "/js/**",
                        "/vendor/**",
                        "/webjars/**",
                        "/images/**",
                        "/favicon.ico");
    }
}
