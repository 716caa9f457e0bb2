package org.appregistry.apps;

import org.appregistry.catalog.ApiCatalog;
import org.appregistry.common.RegistrySettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class AppsConfiguration {

    @Bean
    ListingRules listingRules(RegistrySettings settings, ApiCatalog catalog) {
        return new ListingRules(new ProtectedMarks(settings.getProtectedMarks()), name -> catalog.find(name).isPresent());
    }
}
