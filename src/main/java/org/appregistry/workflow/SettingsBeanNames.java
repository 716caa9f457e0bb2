package org.appregistry.workflow;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Models read settings by bean name, e.g. {@code ${syncSettings.retryCycle()}}. Spring Boot
 * registers each {@code @ConfigurationProperties} record under "prefix-class name", which no
 * expression can spell, so each of this application's records also answers to its class name.
 */
@Component
class SettingsBeanNames implements BeanFactoryPostProcessor {

    private static final String OWN_TYPE = "-org.appregistry.";

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory factory) {
        for (String name : factory.getBeanDefinitionNames()) {
            int dash = name.indexOf(OWN_TYPE);
            if (dash > 0) {
                String type = name.substring(name.lastIndexOf('.') + 1);
                factory.registerAlias(name, StringUtils.uncapitalize(type));
            }
        }
    }
}
