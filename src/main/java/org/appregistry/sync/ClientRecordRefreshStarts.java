package org.appregistry.sync;

import java.util.UUID;

/** Starts clientRecordRefresh for an app in the caller's transaction. Implemented by the process adapter. */
public interface ClientRecordRefreshStarts {

    void refresh(UUID appId);
}
