package no.gevinst.process;

/** Whether a process follows a patient through care (pasientforløp) or is a work process (arbeidsprosess). */
public enum ProcessKind {
    PATIENT_PATHWAY,
    WORK_PROCESS
}
