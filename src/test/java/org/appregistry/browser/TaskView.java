package org.appregistry.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;

/** The task opened beside the list: its header, Claim, its form and Complete. */
public final class TaskView {

    private static final Pattern TASK_ID = Pattern.compile("[?&]task=([^&]+)");

    private final Page page;
    private final Locator panel;
    private final String taskId;

    TaskView(Page page, String taskName) {
        this.page = page;
        this.panel = page.locator("section.task-details");
        assertThat(panel.locator("h2.task")).hasText(taskName);
        page.waitForURL(TASK_ID);
        var matcher = TASK_ID.matcher(page.url());
        this.taskId = matcher.find() ? matcher.group(1) : null;
    }

    public String taskId() {
        return taskId;
    }

    public Page page() {
        return page;
    }

    /** The task's form as Tasklist renders it (read-only until claimed). */
    public CamundaForm form() {
        return new CamundaForm(panel.locator(".fjs-form"));
    }

    public TaskView claim() {
        Response response = page.waitForResponse(r -> r.url().endsWith("/task/" + taskId + "/claim"),
                () -> panel.locator("button.claim").click());
        Http.requireOk(response);
        assertThat(panel.locator("button.unclaim")).isVisible();
        return this;
    }

    /** Presses Complete on a form that breaks a rule: the form says so beside the field, and nothing is sent. */
    public CamundaForm completeRefused(String message) {
        Locator complete = panel.locator("button.btn-primary", new Locator.LocatorOptions().setHasText("Complete"));
        Tasklist.closeNotices(page);
        // a rule checked while typing shows its message (and disables Complete) at once; one checked
        // on submit shows on the click
        if (!form().showsMessage(message)) {
            complete.click();
        }
        CamundaForm form = form().expectMessage(message);
        assertThat(page.locator("[cam-tasks] li.task a[href$='task=" + taskId + "']")).hasCount(1);
        // Tasklist's own notice, if it shows one, must send the person to the fields
        Locator notices = page.locator(".notifications .alert strong.status");
        for (int i = 0; i < notices.count(); i++) {
            assertThat(notices.nth(i)).hasText("Some fields need a change: each one says what under it.");
        }
        return form;
    }

    /** Presses Complete; fails with the engine's answer unless the task is done and gone from the list. */
    public void complete() {
        Tasklist.closeNotices(page);
        Response response = page.waitForResponse(r -> r.url().endsWith("/task/" + taskId + "/submit-form"),
                () -> panel.locator("button.btn-primary", new Locator.LocatorOptions().setHasText("Complete")).click());
        Http.requireOk(response);
        assertThat(page.locator("[cam-tasks] li.task a[href$='task=" + taskId + "']")).hasCount(0);
    }
}
