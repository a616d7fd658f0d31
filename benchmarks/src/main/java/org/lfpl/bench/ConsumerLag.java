package org.lfpl.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * How far behind the platform's consumers are: for each consumer group, the records on its topics
 * not yet committed. The chaos plan checks it is back to zero; {@code ./lfpl bench all} waits for it
 * between steps, so the work one step left behind (notifications still being delivered) is not
 * measured as part of the next.
 *
 * <p>Usage: {@code ConsumerLag [seconds]} waits up to that long (default 120) for every group to
 * reach zero and prints how long it took; system property lfpl.kafka says where the broker is.
 */
public final class ConsumerLag {

    private ConsumerLag() {}

    public static void main(String[] args) throws Exception {
        Duration limit = Duration.ofSeconds(args.length > 0 ? Long.parseLong(args[0]) : 120);
        long t0 = System.nanoTime();
        Map<String, Long> lag = within(System.getProperty("lfpl.kafka", "localhost:9092"), limit);
        boolean settled = lag.values().stream().allMatch(value -> value == 0);
        System.out.printf(settled ? "consumers caught up in %.1f s%n" : "consumers still behind after %.0f s: %s%n",
                (System.nanoTime() - t0) / 1e9, lag);
    }

    /** Each consumer group's total lag, waiting up to the limit for every one to reach zero. */
    static Map<String, Long> within(String kafka, Duration limit) throws Exception {
        Map<String, Long> lag = new LinkedHashMap<>();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka))) {
            Instant deadline = Instant.now().plus(limit);
            do {
                lag.clear();
                for (var group : admin.listConsumerGroups().all().get()) {
                    String id = group.groupId();
                    Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(id)
                            .partitionsToOffsetAndMetadata().get();
                    Map<TopicPartition, OffsetSpec> latest = new LinkedHashMap<>();
                    committed.keySet().forEach(partition -> latest.put(partition, OffsetSpec.latest()));
                    Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(latest).all().get();
                    long total = 0;
                    for (var entry : committed.entrySet()) {
                        if (entry.getValue() != null && ends.containsKey(entry.getKey())) {
                            total += Math.max(0, ends.get(entry.getKey()).offset() - entry.getValue().offset());
                        }
                    }
                    lag.put(id, total);
                }
                if (lag.values().stream().allMatch(value -> value == 0)) {
                    break;
                }
                Thread.sleep(2000);
            } while (Instant.now().isBefore(deadline));
        }
        return lag;
    }
}
