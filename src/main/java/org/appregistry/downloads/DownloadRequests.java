package org.appregistry.downloads;

import java.util.UUID;

import org.appregistry.downloads.DownloadService.NewRequest;

/**
 * Starting downloadRequest: for a purchaser, as that person (the start Tasklist makes), or for
 * the application itself (the auto-sync sweep). Its first step creates the request, whose id
 * comes back. Implemented by the process adapter.
 */
public interface DownloadRequests {

    UUID request(NewRequest request);
}
