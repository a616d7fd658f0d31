package org.lfpl.localinfra;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * Exits 0 when a Kafka broker answers at the given address, 1 otherwise: ./lfpl's health check for
 * the broker (the Kafka command-line tools are not needed for this).
 *
 * <p>Usage: {@code KafkaAdminProbe <bootstrap-servers>}
 */
public final class KafkaAdminProbe {

    private KafkaAdminProbe() {}

    public static void main(String[] args) {
        Map<String, Object> config = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, args[0],
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
        try (Admin admin = Admin.create(config)) {
            int brokers = admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).size();
            System.out.println("brokers: " + brokers);
            System.exit(brokers > 0 ? 0 : 1);
        } catch (Exception e) {
            System.exit(1);
        }
    }
}
