package org.appregistry.apps;

import org.springframework.stereotype.Component;

/** An app as its developers see it, for /api and the Build Apps page alike. */
@Component
public class AppViews {

    private final AppService apps;

    public AppViews(AppService apps) {
        this.apps = apps;
    }

    public AppView of(App app) {
        return AppView.of(app, apps.imagesOf(app.getId()), apps.findings(app, false), apps.differences(app),
                apps.history(app.getId()));
    }
}
