package vn.xaso.dossier;

import java.util.Optional;
import vn.xaso.workflow.Definition;
import vn.xaso.workflow.Instance;
import vn.xaso.workflow.StepKind;
import vn.xaso.workflow.Task;

/** A dossier's work in the shared inbox as an action finds it: its workflow instance, the open task, the steps. */
record DossierWork(Instance instance, Task open, Definition definition) {

    /** Whether the clock was ever started (not for a dossier refused or withdrawn before receipt). */
    boolean clockStarted() {
        return instance.status() != Instance.Status.WAITING;
    }

    /** A further approval level after the open one, if the unit's workflow has one. */
    Optional<Integer> furtherApproval() {
        return definition.next(StepKind.APPROVE, open.stepOrdinal() + 1);
    }
}
