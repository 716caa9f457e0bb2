package org.appregistry.identity;

/**
 * A process variable that Tasklist shows on each task of the "My tasks" filter, where the task
 * has it. Capabilities declare theirs as beans; {@link IdentityBootstrap} puts them on the filter.
 */
public record TaskListColumn(String variable, String label) {
}
