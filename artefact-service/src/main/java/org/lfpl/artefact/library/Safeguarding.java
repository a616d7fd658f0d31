package org.lfpl.artefact.library;

import jakarta.validation.constraints.NotNull;

/**
 * The owner's safeguarding declaration. Learners' work or images are shared only with consent;
 * the rule is checked by {@link ArtefactDetails#requireSafeToShare()}.
 *
 * @param containsLearnersWork learners' work, names or images appear in the artefact
 * @param consentObtained      consent of the learners (or their guardians) to share it
 * @param anonymised           names and faces removed or blurred
 */
public record Safeguarding(@NotNull Boolean containsLearnersWork, Boolean consentObtained, Boolean anonymised) {}
