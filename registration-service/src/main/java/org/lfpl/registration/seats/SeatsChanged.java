package org.lfpl.registration.seats;

/** Published (in-process) when limits of a symposium changed, so freed seats are offered to the waitlist. */
public record SeatsChanged(String symposiumId) {}
