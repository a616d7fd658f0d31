package org.lfpl.events.backbone.consume;

/**
 * One dead-letter topic per source topic and consumer group, so an operator replays a failed
 * event to the one consumer that failed, not to every service that already handled it.
 */
public final class DeadLetterTopics {

    private DeadLetterTopics() {}

    public static String of(String topic, String consumerGroup) {
        return topic + "." + consumerGroup + ".dlt";
    }
}
