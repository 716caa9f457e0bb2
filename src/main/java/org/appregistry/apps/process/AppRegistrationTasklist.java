package org.appregistry.apps.process;

import org.appregistry.identity.TaskListColumn;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** How appRegistration's tasks appear in Tasklist's task list. */
@Configuration
class AppRegistrationTasklist {

    /**
     * Every finalize task reads "Finalize details and mark ready": the app's name beside it
     * tells a developer's apps apart. A task-local variable, which task READ lets the list show.
     */
    @Bean
    TaskListColumn appNameColumn() {
        return new TaskListColumn(FinalizeTask.LABEL_APP_NAME, "App");
    }
}
