package org.lfpl.registration.member;

/** How a member describes their part in the network. */
public enum MemberCategory {
    STUDENT, TEACHER, COACH, TEACHER_EDUCATOR, ACADEMIC_RESEARCHER, SCHOOL_LEADER, SYSTEM_LEADER,
    POLICY_INFLUENCER_OR_MAKER, FUNDER, OTHER
}
