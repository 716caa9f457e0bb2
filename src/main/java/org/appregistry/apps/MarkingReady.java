package org.appregistry.apps;

import java.util.List;

import org.appregistry.common.FieldProblem;
import org.appregistry.common.InvalidInputException;
import org.appregistry.common.TaskAnswers;
import org.springframework.stereotype.Service;

/**
 * "Save and mark ready": the one path of {@code POST /api/apps/{id}/ready} and of the Build Apps
 * page. The Terms and Conditions and the readiness review's errors answer 422 before anything
 * changes; otherwise the developer's Finalize task is answered, and the app comes back ACTIVE.
 * Callers have checked that the app is the developer's vendor's.
 */
@Service
public class MarkingReady {

    private final AppService apps;
    private final TaskAnswers tasks;

    public MarkingReady(AppService apps, TaskAnswers tasks) {
        this.apps = apps;
        this.tasks = tasks;
    }

    public void markReady(App app, Boolean termsAccepted, String developer) {
        if (!Boolean.TRUE.equals(termsAccepted)) {
            throw new InvalidInputException("termsAccepted", "must be true: accept the Terms and Conditions");
        }
        app.requireChangeable();
        List<FieldProblem> errors = apps.findings(app, true).stream()
                .filter(Finding::isError)
                .map(f -> new FieldProblem(f.field(), f.message()))
                .toList();
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        tasks.answer(AppTasks.FINALIZE, app.getId(), developer, new AppTasks.Finalization(ListingChanges.NONE, true));
    }
}
