package org.lfpl.artefact.eligibility;

/**
 * Published in-process when registration-service says a member was erased; the library withdraws
 * the member's artefacts and deletes their files. Runs in the listener's thread, so a failure is
 * retried with the Kafka record.
 */
public record MemberForgotten(String memberId) {}
