package no.gevinst.golive.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Lets the go-live module add its part to the programme page, the dashboard and the indicator page. */
@Configuration(proxyBeanMethods = false)
class GoLiveWebConfiguration implements WebMvcConfigurer {

    private final GoLiveModel model;

    GoLiveWebConfiguration(GoLiveModel model) {
        this.model = model;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(model).addPathPatterns("/programmes/*", "/portfolio", "/indicators/*");
    }
}
