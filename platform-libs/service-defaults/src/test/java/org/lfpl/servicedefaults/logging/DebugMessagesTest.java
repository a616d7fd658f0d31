package org.lfpl.servicedefaults.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Spring and Spring Security log through Commons Logging, handing it lazy messages
 * (debug(LogMessage.format(..))) on every request and trusting it not to format them while DEBUG is
 * off. The Commons Logging on the classpath (jcl-over-slf4j, root pom) keeps that promise; Apache
 * commons-logging 1.3, which Spring Framework 7 brings, formatted every one of them.
 */
class DebugMessagesTest {

    static final String NAME = "org.lfpl.servicedefaults.logging.DebugMessagesTest.probe";

    final Logger logback = (Logger) LoggerFactory.getLogger(NAME);
    final ListAppender<ILoggingEvent> written = new ListAppender<>();
    final AtomicInteger rendered = new AtomicInteger();
    final Object message = new Object() {
        @Override
        public String toString() {
            rendered.incrementAndGet();
            return "an expensive message";
        }
    };

    @BeforeEach
    void listen() {
        written.start();
        logback.addAppender(written);
    }

    @AfterEach
    void stopListening() {
        logback.detachAppender(written);
        logback.setLevel(null);
    }

    @Test
    void a_debug_message_is_never_formatted_while_debug_is_off() {
        logback.setLevel(Level.INFO);
        Log log = LogFactory.getLog(NAME);

        log.debug(message);
        log.trace(message);

        assertThat(rendered).hasValue(0);
        assertThat(written.list).isEmpty();
    }

    @Test
    void with_debug_on_the_message_is_formatted_once_and_written_to_logback() {
        logback.setLevel(Level.DEBUG);
        Log log = LogFactory.getLog(NAME);

        log.debug(message);

        assertThat(rendered).hasValue(1);
        assertThat(written.list).singleElement()
                .satisfies(event -> assertThat(event.getFormattedMessage()).isEqualTo("an expensive message"));
    }
}
