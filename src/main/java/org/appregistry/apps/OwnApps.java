package org.appregistry.apps;

import java.util.UUID;

import org.appregistry.identity.AccessPolicy;
import org.springframework.stereotype.Component;

/**
 * "The signed-in developer's own app", for every /api/apps/{appId}/** endpoint: another
 * vendor's app answers as unknown (404), so that app ids cannot be probed.
 */
@Component
public class OwnApps {

    private final AppService apps;
    private final AccessPolicy access;

    public OwnApps(AppService apps, AccessPolicy access) {
        this.apps = apps;
        this.access = access;
    }

    public App get(UUID appId) {
        App app = apps.get(appId);
        access.requireDeveloperOf(app.getVendorId(), "app");
        return app;
    }
}
