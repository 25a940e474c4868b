package no.gevinst.config.web;

import java.util.Locale;
import no.gevinst.access.UserLanguages;
import no.gevinst.shared.Language;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Norwegian bokmål unless the reader asks for nynorsk ({@code ?lang=nn}) or English ({@code ?lang=en}); the choice is
 * kept in a cookie and, for a signed-in person, with their account ({@link LanguageResolver}).
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    static final Locale BOKMAL = Language.BOKMAL.locale();
    static final String LANGUAGE_COOKIE = "gevinst-lang";

    /** Named so, the dispatcher's resolver; typed so, the one {@link LanguageAtSignIn} tells of a sign-in. */
    @Bean
    LanguageResolver localeResolver(UserLanguages chosen) {
        return new LanguageResolver(chosen);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor() {
            @Override
            protected Locale parseLocaleValue(String value) {
                // A language Gevinst does not write ("fr", "@@", a NUL) is the request's fault: 400 naming it.
                return Language.parse(value)
                        .map(Language::locale)
                        .orElseThrow(() -> no.gevinst.shared.InvalidInputException.of("lang", "request.lang.unknown"));
            }
        };
        interceptor.setParamName("lang");
        registry.addInterceptor(interceptor);
        registry.addInterceptor(new ParameterGuard());
    }
}
