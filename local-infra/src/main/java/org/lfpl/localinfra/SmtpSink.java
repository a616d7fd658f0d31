package org.lfpl.localinfra;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.util.concurrent.CountDownLatch;

/**
 * An SMTP server that accepts every message and keeps it in memory, so local runs send real email
 * without it leaving the machine. Messages can be read back over IMAP (any user, any password: the
 * mailbox of the recipient address). GreenMail; the same server the notification tests use.
 *
 * <p>Usage: {@code SmtpSink <host> <smtp-port> <imap-port>}
 */
public final class SmtpSink {

    private SmtpSink() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: SmtpSink <host> <smtp-port> <imap-port>");
            System.exit(2);
        }
        String host = args[0];
        GreenMail mail = new GreenMail(new ServerSetup[] {
                new ServerSetup(Integer.parseInt(args[1]), host, ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(Integer.parseInt(args[2]), host, ServerSetup.PROTOCOL_IMAP)});
        mail.withConfiguration(com.icegreen.greenmail.configuration.GreenMailConfiguration.aConfig()
                .withDisabledAuthentication());
        mail.start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            mail.stop();
            stopped.countDown();
        }, "smtp-sink-stop"));
        System.out.println("SMTP sink on " + host + ":" + args[1] + ", IMAP on " + host + ":" + args[2]);
        stopped.await();
    }
}
