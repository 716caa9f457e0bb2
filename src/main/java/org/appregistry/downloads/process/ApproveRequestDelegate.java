package org.appregistry.downloads.process;

import org.appregistry.downloads.DownloadService;
import org.appregistry.workflow.RecordId;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_ApproveRequest: no developer action needed, the download is approved automatically. */
@Component
public class ApproveRequestDelegate implements JavaDelegate {

    private final DownloadService downloads;

    public ApproveRequestDelegate(DownloadService downloads) {
        this.downloads = downloads;
    }

    @Override
    public void execute(DelegateExecution execution) {
        downloads.approve(RecordId.of(execution));
    }
}
