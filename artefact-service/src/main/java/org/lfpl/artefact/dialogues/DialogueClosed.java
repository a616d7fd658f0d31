package org.lfpl.artefact.dialogues;

/** Published in-process when a dialogue is declined or cancelled: links to it are flagged in the library. */
public record DialogueClosed(String dialogueId, String status) {}
