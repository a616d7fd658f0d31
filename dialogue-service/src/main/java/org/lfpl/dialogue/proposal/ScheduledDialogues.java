package org.lfpl.dialogue.proposal;

import java.util.function.Predicate;

/** Whether a dialogue has a place in the programme; the programme answers it (no cycle between the two). */
@FunctionalInterface
public interface ScheduledDialogues extends Predicate<String> {}
