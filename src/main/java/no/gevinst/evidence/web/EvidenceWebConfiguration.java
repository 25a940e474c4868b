package no.gevinst.evidence.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Lets the evidence module add its part to the benefit profile. */
@Configuration(proxyBeanMethods = false)
class EvidenceWebConfiguration implements WebMvcConfigurer {

    private final EvidenceModel model;

    EvidenceWebConfiguration(EvidenceModel model) {
        this.model = model;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(model).addPathPatterns("/benefits/*");
    }
}
