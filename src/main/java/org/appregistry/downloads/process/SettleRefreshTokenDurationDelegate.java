package org.appregistry.downloads.process;

import org.appregistry.downloads.DownloadService;
import org.appregistry.workflow.RecordId;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_SettleRefreshTokenDuration: the purchaser's duration, or the default one. */
@Component
public class SettleRefreshTokenDurationDelegate implements JavaDelegate {

    private final DownloadService downloads;

    public SettleRefreshTokenDurationDelegate(DownloadService downloads) {
        this.downloads = downloads;
    }

    @Override
    public void execute(DelegateExecution execution) {
        downloads.settleRefreshTokenDuration(RecordId.of(execution));
    }
}
