package org.lfpl.registration.symposium;

/** Draft: only organisers see it. Published: visible, registration open in its window. Closed: registration over. */
public enum SymposiumStatus { DRAFT, PUBLISHED, CLOSED }
