package no.gevinst.config.web;

import java.time.Duration;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the static files from their own folders instead of Spring Boot's catch-all {@code /**} mapping
 * ({@code spring.web.resources.add-mappings: false}).
 *
 * <p>Why: with webjars-locator-lite on the class path the resource chain is on, and {@code ResourceUrlEncodingFilter}
 * asks it about every link a page writes ({@code @{/benefits/…}} as much as {@code @{/css/…}}). Under the catch-all
 * mapping each link that is not a file was looked up in four class-path folders inside the nested jar, and a miss is
 * never cached: 70–73 % of a page's CPU (JFR, the register on the demo). With one mapping per folder only links into
 * those folders reach the chain, and those are resolved once and cached ({@code resourceChain(true)}), so the htmx
 * WebJar's link still carries its version ({@code /webjars/htmx.org/2.0.10/…}).
 *
 * <p>Browsers may keep the files: our own, whose names carry no version, only if they ask again each time (a 304
 * when unchanged, from the jar entry's date); a WebJar's versioned path never changes its content, so for a year.
 * Without a {@code Cache-Control} of ours Spring Security's {@code no-store} applied and every page fetched them anew.
 */
@Configuration(proxyBeanMethods = false)
class StaticResourceConfiguration implements WebMvcConfigurer {

    /** The folders under {@code static/}; the security configuration lets them be read without login. */
    static final List<String> FOLDERS = List.of("css", "js", "vendor", "images");

    /** The files browsers look for at the root: the icon of the tab and the manifest of an installed app. */
    static final List<String> ROOT_FILES = List.of("favicon.ico", "manifest.webmanifest");

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        for (String folder : FOLDERS) {
            registry.addResourceHandler("/" + folder + "/**")
                    .addResourceLocations("classpath:/static/" + folder + "/")
                    .setCacheControl(CacheControl.noCache())
                    .resourceChain(true);
        }
        for (String file : ROOT_FILES) {
            registry.addResourceHandler("/" + file)
                    .addResourceLocations("classpath:/static/")
                    .setCacheControl(CacheControl.noCache());
        }
        registry.addResourceHandler("/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic())
                .resourceChain(true);
    }
}
