package org.appregistry.workflow;

import java.util.Set;

/**
 * Names of form fields whose values must never be persisted by the engine (typed client
 * secrets, pasted certificates that may hold a private key). A task listener consumes and
 * removes them in the transaction that submitted them; {@link SensitiveHistoryFilter} keeps
 * them out of the history tables.
 */
public interface SensitiveVariables {

    Set<String> names();
}
