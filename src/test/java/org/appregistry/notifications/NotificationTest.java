package org.appregistry.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.appregistry.notifications.Notification.References;
import org.junit.jupiter.api.Test;

class NotificationTest {

    @Test
    void aSubjectOrMessageLongerThanItsColumnIsCutNotRefused() {
        Notification cut = new Notification("operators", NotificationKind.SYNC_FAILED, "s".repeat(400),
                "m".repeat(3000), new References(null, null, null), Instant.EPOCH);

        assertThat(cut.getSubject()).hasSize(Notification.SUBJECT_MAX).endsWith("s\u2026");
        assertThat(cut.getMessage()).hasSize(Notification.MESSAGE_MAX).endsWith("m\u2026");
    }

    @Test
    void aShortOneIsKeptAsItIs() {
        Notification kept = new Notification("operators", NotificationKind.SYNC_FAILED, "subject", "message",
                new References(null, null, null), Instant.EPOCH);

        assertThat(kept.getSubject()).isEqualTo("subject");
        assertThat(kept.getMessage()).isEqualTo("message");
    }
}
