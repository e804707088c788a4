package uk.collabproc.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class RetryDelayTest {

    @Test
    void eachFailureDoublesTheWaitUpToTheMaximum() {
        Duration first = Duration.ofSeconds(10);
        Duration max = Duration.ofHours(1);

        assertEquals(Duration.ofSeconds(10), EventDispatcher.retryDelay(1, first, max));
        assertEquals(Duration.ofSeconds(20), EventDispatcher.retryDelay(2, first, max));
        assertEquals(Duration.ofSeconds(40), EventDispatcher.retryDelay(3, first, max));
        assertEquals(Duration.ofSeconds(2560), EventDispatcher.retryDelay(9, first, max));
        assertEquals(max, EventDispatcher.retryDelay(10, first, max));
        assertEquals(max, EventDispatcher.retryDelay(49, first, max));
    }
}
