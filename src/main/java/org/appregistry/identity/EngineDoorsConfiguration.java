package org.appregistry.identity;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.appregistry.workflow.ProcessContract;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The guard on both of the engine's REST mounts, after the sign-in of each. */
@Configuration
class EngineDoorsConfiguration {

    @Bean
    FilterRegistrationBean<EngineDoors> engineDoors(ProcessEngine engine, ProcessContract contract,
            CamundaBpmProperties camunda, ObjectMapper json) {
        String webappPath = camunda.getWebapp().getApplicationPath();
        FilterRegistrationBean<EngineDoors> registration =
                new FilterRegistrationBean<>(new EngineDoors(engine, contract, webappPath, json));
        registration.addUrlPatterns("/engine-rest/*", webappPath + "/api/engine/*");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 2);
        return registration;
    }
}
