package no.gevinst.config.web;

import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Norwegian bokmål unless the user asks for English with {@code ?lang=en}; the choice is kept in a cookie. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    static final Locale BOKMAL = Locale.forLanguageTag("nb-NO");
    static final String LANGUAGE_COOKIE = "gevinst-lang";

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver(LANGUAGE_COOKIE);
        resolver.setDefaultLocale(BOKMAL);
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor() {
            @Override
            protected Locale parseLocaleValue(String value) {
                // A language that is no locale ("@@", a NUL) is the request's fault: 400 naming it, not a 500.
                try {
                    return super.parseLocaleValue(value);
                } catch (IllegalArgumentException e) {
                    throw no.gevinst.shared.InvalidInputException.of("lang", "request.lang.invalid");
                }
            }
        };
        interceptor.setParamName("lang");
        registry.addInterceptor(interceptor);
        registry.addInterceptor(new ParameterGuard());
    }
}
