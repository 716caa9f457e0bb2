package org.appregistry.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;

/** Camunda Tasklist as one signed-in user sees it: the filters, the task list, the task beside it. */
public final class Tasklist {

    static final String MY_TASKS = "My tasks";

    private final Page page;

    private Tasklist(Page page) {
        this.page = page;
    }

    public static Tasklist logIn(Page page, String baseUrl, String userId, String password) {
        CamundaWebapp.logIn(page, baseUrl, "tasklist", userId, password);
        assertThat(page.locator(".task-filter").first()).isVisible();
        return new Tasklist(page);
    }

    public Page page() {
        return page;
    }

    /** "Start process", then the process by name: its start form in the dialog. */
    public StartDialog startProcess(String processName) {
        page.locator(".start-process-action a").click();
        Locator dialog = page.locator(".modal-dialog");
        dialog.locator("ul.processes a", new Locator.LocatorOptions().setHasText(processName)).click();
        return new StartDialog(dialog);
    }

    public final class StartDialog {

        private final Locator dialog;
        private final CamundaForm form;

        private StartDialog(Locator dialog) {
            this.dialog = dialog;
            this.form = new CamundaForm(dialog.locator(".fjs-form"));
        }

        public CamundaForm form() {
            return form;
        }

        /** Presses Start on a form that breaks a rule: the form says so beside the field, and nothing starts. */
        public CamundaForm startRefused(String message) {
            Locator start = dialog.locator(".modal-footer button.btn-primary",
                    new Locator.LocatorOptions().setHasText("Start"));
            // a rule checked while typing shows its message at once; one checked on submit shows on the click
            if (!form.showsMessage(message)) {
                start.click();
            }
            form.expectMessage(message);
            assertThat(dialog).isVisible();
            return form;
        }

        /** Presses Start; fails with the engine's answer unless the instance started. */
        public Tasklist start() {
            Response response = page.waitForResponse(r -> r.url().contains("/submit-form")
                            && "POST".equals(r.request().method()),
                    () -> dialog.locator(".modal-footer button.btn-primary",
                            new Locator.LocatorOptions().setHasText("Start")).click());
            Http.requireOk(response);
            assertThat(page.getByText("The process has been started.")).isVisible();
            assertThat(dialog).isHidden();
            return Tasklist.this;
        }
    }

    /** Closes Tasklist's notices, which lie over the form's buttons and stay until closed. */
    static void closeNotices(Page page) {
        Locator close = page.locator(".notifications .alert button.close:not(.ng-hide)");
        while (close.count() > 0) {
            close.first().click();
        }
    }

    /** Selects a filter and waits until its tasks are listed. */
    public Tasklist filter(String name) {
        Locator filter = page.locator(".task-filter").filter(new Locator.FilterOptions().setHasText(name));
        filter.click();
        assertThat(filter).hasClass(Pattern.compile("\\bactive\\b"));
        assertThat(page.locator("[cam-tasks] .loader")).isHidden();
        return this;
    }

    /** The tasks of the selected filter, after the list has loaded. */
    public Locator tasks() {
        return page.locator("[cam-tasks] ol.tasks-list > li.task");
    }

    /** The loaded filter lists no task at all, and says so. */
    public Tasklist expectNoTasks() {
        assertThat(page.locator("[cam-tasks] .well")).hasText("No task matching filters found.");
        assertThat(page.locator(".task-filter.active .counter")).hasText("0");
        assertThat(tasks()).hasCount(0);
        return this;
    }

    /** The loaded filter lists exactly one task: this one, showing this text (e.g. the app's name). */
    public Tasklist expectOnlyTask(String taskName, String showing) {
        assertThat(tasks()).hasCount(1);
        assertThat(task(taskName, showing)).hasCount(1);
        return this;
    }

    /** Opens the task of this name that shows this text in the list (waiting for it to appear). */
    public TaskView openTask(String taskName, String showing) {
        Locator task = task(taskName, showing);
        assertThat(task).hasCount(1);
        task.locator("h4.task a").click();
        return new TaskView(page, taskName);
    }

    /**
     * Follows a link to someone else's task, as a shared or guessed address would: the engine
     * answers that there is no such task, and Tasklist opens nothing.
     */
    public Tasklist expectNoSuchTask(String taskId) {
        String link = page.url().replaceFirst("#.*$", "") + "#/?task=" + taskId;
        Response response = page.waitForResponse(r -> r.url().endsWith("/task/" + taskId),
                () -> page.navigate(link));
        if (response.status() != 404) {
            throw new AssertionError("someone else's task answered " + response.status() + ", not 404: "
                    + response.text());
        }
        assertThat(page.locator(".notifications .alert-danger")).containsText("The task does not exist anymore");
        assertThat(page.locator("section.task-details h2.task")).hasCount(0);
        assertThat(page.locator("section.task-details .fjs-form")).hasCount(0);
        return this;
    }

    private Locator task(String taskName, String showing) {
        return tasks()
                .filter(new Locator.FilterOptions().setHas(
                        page.locator("h4.task a", new Page.LocatorOptions().setHasText(taskName))))
                .filter(new Locator.FilterOptions().setHasText(showing));
    }
}
