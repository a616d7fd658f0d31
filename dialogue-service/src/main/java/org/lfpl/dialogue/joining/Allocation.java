package org.lfpl.dialogue.joining;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.lfpl.dialogue.programme.ScheduledSession;

/**
 * Fills dialogues from participants' ranked preferences, fairly: a snake draft. Participants are put
 * in a random order fixed by the symposium (the same inputs always give the same result); in each
 * round every participant in turn gets their best-ranked dialogue that still has room, is in one of
 * their strands, is not their own and does not clash with anything they host, joined or were given;
 * the next round goes in reverse order, so whoever chose last chooses first. Rounds go on until
 * one gives nobody anything. Pure: no database, so the rule is tested on its own.
 */
final class Allocation {

    /** A participant as the allocation sees them. */
    record Candidate(String memberId, List<String> strands, List<ScheduledSession> busy, List<String> ranked) {}

    /** One place given: {@code rank} is 1 for a first choice. */
    record Assignment(String memberId, String dialogueId, int rank) {}

    /** What the allocation would do, and a fingerprint of its inputs and result to apply exactly this. */
    record Result(List<Assignment> assignments, int participants, int withFirstChoice, int withSomething,
            String fingerprint) {}

    private Allocation() {}

    static Result allocate(String symposiumId, List<ScheduledSession> sessions, Map<String, Integer> taken,
            List<Candidate> candidates) {
        Map<String, ScheduledSession> byId = new HashMap<>();
        sessions.forEach(s -> byId.put(s.dialogueId(), s));
        Map<String, Integer> free = new HashMap<>();
        sessions.forEach(s -> free.put(s.dialogueId(), s.capacity() - taken.getOrDefault(s.dialogueId(), 0)));

        List<Candidate> order = new ArrayList<>(candidates);
        order.sort(Comparator.comparing(Candidate::memberId));
        Collections.shuffle(order, new Random(symposiumId.hashCode()));

        Map<String, List<ScheduledSession>> busy = new HashMap<>();
        order.forEach(c -> busy.put(c.memberId(), new ArrayList<>(c.busy())));
        List<Assignment> assignments = new ArrayList<>();
        boolean progress = true;
        for (int round = 0; progress; round++) {
            progress = false;
            List<Candidate> turn = round % 2 == 0 ? order : order.reversed();
            for (Candidate candidate : turn) {
                List<ScheduledSession> mine = busy.get(candidate.memberId());
                for (int rank = 0; rank < candidate.ranked().size(); rank++) {
                    ScheduledSession wish = byId.get(candidate.ranked().get(rank));
                    if (wish == null || free.get(wish.dialogueId()) <= 0 || !candidate.strands().contains(wish.strandId())
                            || wish.hostIds().contains(candidate.memberId())
                            || mine.stream().anyMatch(b -> b.dialogueId().equals(wish.dialogueId()) || b.overlaps(wish))) {
                        continue;
                    }
                    free.merge(wish.dialogueId(), -1, Integer::sum);
                    mine.add(wish);
                    assignments.add(new Assignment(candidate.memberId(), wish.dialogueId(), rank + 1));
                    progress = true;
                    break;
                }
            }
        }
        Set<String> withFirst = new java.util.HashSet<>();
        Set<String> withAny = new java.util.HashSet<>();
        for (Assignment a : assignments) {
            withAny.add(a.memberId());
            if (a.rank() == 1) {
                withFirst.add(a.memberId());
            }
        }
        return new Result(List.copyOf(assignments), candidates.size(), withFirst.size(), withAny.size(),
                fingerprint(sessions, taken, candidates, assignments));
    }

    /** Changes when anything the allocation read changed (a join, a preference, the programme) or its result. */
    private static String fingerprint(List<ScheduledSession> sessions, Map<String, Integer> taken,
            List<Candidate> candidates, List<Assignment> assignments) {
        StringBuilder inputs = new StringBuilder();
        sessions.stream().sorted(Comparator.comparing(ScheduledSession::dialogueId)).forEach(s -> inputs
                .append(s.dialogueId()).append(s.capacity()).append(s.startsAt()).append(taken.get(s.dialogueId())).append(';'));
        candidates.stream().sorted(Comparator.comparing(Candidate::memberId)).forEach(c -> inputs.append(c.memberId())
                .append(c.strands()).append(c.ranked()).append(c.busy().stream().map(ScheduledSession::dialogueId).toList()));
        assignments.forEach(a -> inputs.append(a));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(inputs.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
