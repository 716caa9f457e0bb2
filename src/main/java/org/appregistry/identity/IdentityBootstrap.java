package org.appregistry.identity;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The identity every installation needs, made idempotently at start-up: the fixed groups,
 * the engine authorizations that open Tasklist to developers and members and let them start
 * their processes, the "My tasks" filter, and the operator account when its password is set.
 * Candidate groups grant the task permissions by themselves (the engine's default), so no
 * per-task authorization is written here.
 */
@Component
@Order(1)
public class IdentityBootstrap implements ApplicationRunner {

    public static final String OPERATOR = "operator";
    static final String MY_TASKS_FILTER = "My tasks";

    private static final Logger log = LoggerFactory.getLogger(IdentityBootstrap.class);

    private final UserAccounts accounts;
    private final AuthorizationService authorizations;
    private final FilterService filters;
    private final TaskService tasks;
    private final OperatorSettings operator;
    private final List<TaskListColumn> taskListColumns;

    public IdentityBootstrap(UserAccounts accounts, AuthorizationService authorizations, FilterService filters,
            TaskService tasks, OperatorSettings operator, List<TaskListColumn> taskListColumns) {
        this.accounts = accounts;
        this.authorizations = authorizations;
        this.filters = filters;
        this.tasks = tasks;
        this.operator = operator;
        this.taskListColumns = List.copyOf(taskListColumns);
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        accounts.ensureGroup(Groups.CAMUNDA_ADMIN, "Camunda administrators", "SYSTEM");
        accounts.ensureGroup(Groups.OPERATORS, "Programme operators", "SYSTEM");
        accounts.ensureGroup(Groups.DEVELOPERS, "All developers", "WORKFLOW");
        accounts.ensureGroup(Groups.MEMBERS, "All organisation members", "WORKFLOW");
        accounts.ensureGroup(Groups.PURCHASERS, "All purchasers", "WORKFLOW");
        accounts.ensureGroup(Groups.ENVIRONMENT_SYNC, "Environment sync accounts", "SYSTEM");

        for (Resource resource : Resources.values()) {
            grant(Groups.CAMUNDA_ADMIN, resource, "*", Permissions.ALL);
        }
        for (String group : List.of(Groups.DEVELOPERS, Groups.MEMBERS)) {
            grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        }
        grantStart(Groups.DEVELOPERS, "appRegistration");
        grantStart(Groups.PURCHASERS, "downloadRequest");
        ensureMyTasksFilter();

        if (operator.hasPassword()) {
            accounts.ensureUser(OPERATOR, operator.password(), "Operator", List.of(Groups.OPERATORS, Groups.CAMUNDA_ADMIN));
        } else {
            log.info("registry.operator.password is not set: no operator account is created or changed");
        }
    }

    private void grantStart(String groupId, String processKey) {
        grant(groupId, Resources.PROCESS_DEFINITION, processKey, Permissions.READ, Permissions.CREATE_INSTANCE);
        grant(groupId, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
    }

    private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        Authorization authorization = authorizations.createAuthorizationQuery()
                .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).singleResult();
        if (authorization == null) {
            authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
            authorization.setGroupId(groupId);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
        }
        for (Permission permission : permissions) {
            authorization.addPermission(permission);
        }
        authorizations.saveAuthorization(authorization);
    }

    /**
     * Tasks of the user's candidate groups plus those assigned to them; the engine hides the
     * rest. The filter is created once; its display properties (description, the variables
     * shown on each task) are brought up to date on every start, so a new column reaches
     * existing installations too.
     */
    private void ensureMyTasksFilter() {
        Filter filter = filters.createFilterQuery().filterName(MY_TASKS_FILTER).singleResult();
        boolean created = filter == null;
        if (created) {
            filter = filters.newTaskFilter(MY_TASKS_FILTER)
                    .setOwner(OPERATOR)
                    .setQuery(tasks.createTaskQuery()
                            .taskCandidateGroupInExpression("${currentUserGroups()}")
                            .includeAssignedTasks());
        }
        Map<String, Object> properties = new HashMap<>();
        if (filter.getProperties() != null) {
            properties.putAll(filter.getProperties());
        }
        properties.put("description", "Tasks for your vendor or organisation");
        properties.put("priority", -10);
        properties.put("refresh", true);
        properties.put("variables", taskListColumns.stream()
                .map(column -> Map.of("name", column.variable(), "label", column.label()))
                .toList());
        filter.setProperties(properties);
        filters.saveFilter(filter);
        if (created) {
            Authorization everyone = authorizations.createNewAuthorization(AUTH_TYPE_GLOBAL);
            everyone.setUserId(Authorization.ANY);
            everyone.setResource(Resources.FILTER);
            everyone.setResourceId(filter.getId());
            everyone.addPermission(Permissions.READ);
            authorizations.saveAuthorization(everyone);
        }
    }
}
