package org.appregistry.organizations;

/** Which client ID an environment receives: the production one, or the non-production one. */
public enum EnvironmentKind {
    PRODUCTION,
    NON_PRODUCTION
}
