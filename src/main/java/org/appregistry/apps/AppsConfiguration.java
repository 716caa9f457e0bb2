package org.appregistry.apps;

import org.appregistry.catalog.ApiCatalog;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class AppsConfiguration {

    @Bean
    ListingRules listingRules(AppSettings settings, ApiCatalog catalog) {
        return new ListingRules(new ProtectedMarks(settings.protectedMarks()), name -> catalog.find(name).isPresent());
    }
}
