package org.lfpl.registration.symposium;

import java.util.List;

/** The five strands of the network's symposium: the default set for a new symposium. */
final class DefaultStrands {

    static final List<Strand> FIVE = List.of(
            new Strand("strand-1", "Focusing on, and conditions for, professional learning",
                    "What professional learning is about, and the conditions in which it flourishes.", null),
            new Strand("strand-2", "Dialogue, professional learning and leadership",
                    "Disciplined dialogue as a way of learning and of leading.", null),
            new Strand("strand-3", "Shared leadership and mutual accountability for professional learning",
                    "Leadership as an activity anyone can exercise, and a shared sense of accountability.", null),
            new Strand("strand-4", "Student learning and leadership",
                    "Students as learners and as leaders of learning.", null),
            new Strand("strand-5", "Leadership within a virtual learning space",
                    "Leading and learning together online.", null));

    private DefaultStrands() {}
}
