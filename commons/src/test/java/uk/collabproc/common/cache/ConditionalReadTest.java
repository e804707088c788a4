package uk.collabproc.common.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.Test;

class ConditionalReadTest {

    private static final Cached<List<String>> DEMAND = new Cached<>(List.of("RK9"), 7, ReadCache.entityTag("demand:p1", 7),
            "[\"RK9\"]".getBytes(StandardCharsets.UTF_8));

    @Test
    void theTagOfAnUnchangedResultIsAnswered304WithoutABody() {
        Response answer = ConditionalRead.answer(DEMAND, "\"" + DEMAND.entityTag() + "\"");

        assertEquals(304, answer.getStatus());
        assertNull(answer.getEntity());
        assertEquals(DEMAND.entityTag(), answer.getHeaderString("ETag").replace("\"", ""));
    }

    @Test
    void anotherTagOrNoneIsAnsweredWithTheResultAndItsTag() {
        Response answer = ConditionalRead.answer(DEMAND, "\"0123\"");

        assertEquals(200, answer.getStatus());
        assertArrayEquals(DEMAND.json(), (byte[]) answer.getEntity());
        assertEquals("application/json", answer.getMediaType().toString());
        assertEquals(200, ConditionalRead.answer(DEMAND, null).getStatus());
    }

    @Test
    void aListOfTagsAWeakTagAndTheWildcardMatch() {
        String tag = DEMAND.entityTag();
        assertTrue(ConditionalRead.matches("\"aaa\", \"" + tag + "\"", tag));
        assertTrue(ConditionalRead.matches("W/\"" + tag + "\"", tag));
        assertTrue(ConditionalRead.matches("*", tag));
        assertFalse(ConditionalRead.matches(tag, tag), "a tag is quoted");
        assertFalse(ConditionalRead.matches(" ", tag));
    }

    @Test
    void theTagNamesKeyAndGenerationAndIsTheSameOnEveryReplica() {
        assertEquals(ReadCache.entityTag("demand:p1", 7), ReadCache.entityTag("demand:p1", 7));
        assertNotEquals(ReadCache.entityTag("demand:p1", 7), ReadCache.entityTag("demand:p1", 8));
        assertNotEquals(ReadCache.entityTag("demand:p1", 7), ReadCache.entityTag("demand:p2", 7));
        assertEquals(24, ReadCache.entityTag("demand:p1", 7).length());
    }
}
