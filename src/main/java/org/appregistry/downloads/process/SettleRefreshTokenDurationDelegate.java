package org.appregistry.downloads.process;

import static org.appregistry.downloads.process.DownloadRequestProcess.REQUEST_ID;

import org.appregistry.downloads.DownloadService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_SettleRefreshTokenDuration: the purchaser's duration, or the default one. */
@Component("settleRefreshTokenDuration")
public class SettleRefreshTokenDurationDelegate implements JavaDelegate {

    private final DownloadService downloads;

    public SettleRefreshTokenDurationDelegate(DownloadService downloads) {
        this.downloads = downloads;
    }

    @Override
    public void execute(DelegateExecution execution) {
        downloads.settleRefreshTokenDuration(REQUEST_ID.get(execution));
    }
}
