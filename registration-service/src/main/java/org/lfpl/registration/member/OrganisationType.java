package org.lfpl.registration.member;

/** The kind of organisation a member belongs to. */
public enum OrganisationType { SCHOOL, UNIVERSITY_OR_RESEARCH_GROUP, PARTNER_ORGANISATION, POLICY_BODY, FUNDER, OTHER }
