package org.appregistry.sync.process;

/**
 * Key and elements of appRetirement (processes/app-retirement.bpmn). The record is the app: the
 * business key; the date is read from its row, not carried in a variable.
 */
public final class AppRetirementProcess {

    public static final String KEY = "appRetirement";
    public static final String TIMER_RETIREMENT_DATE = "Timer_RetirementDate";
    public static final String TASK_RETIRE = "Task_RetireApp";

    private AppRetirementProcess() {
    }
}
