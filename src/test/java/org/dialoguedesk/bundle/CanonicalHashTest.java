package org.dialoguedesk.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CanonicalHashTest {

    @Test
    void fieldOrderDoesNotChangeTheHash() {
        Map<String, Object> ab = new LinkedHashMap<>();
        ab.put("a", "x");
        ab.put("b", 1);
        Map<String, Object> ba = new LinkedHashMap<>();
        ba.put("b", 1L);
        ba.put("a", "x");
        assertEquals(CanonicalHash.of(ab), CanonicalHash.of(ba));
    }

    @Test
    void numbersOfOneValueHashAlikeWhateverTheirJavaType() {
        assertEquals(CanonicalHash.of(Map.of("n", 3)), CanonicalHash.of(Map.of("n", 3.0)));
        assertEquals(CanonicalHash.of(Map.of("n", new BigDecimal("2.50"))), CanonicalHash.of(Map.of("n", 2.5d)));
        assertNotEquals(CanonicalHash.of(Map.of("n", 3)), CanonicalHash.of(Map.of("n", "3")));
    }

    @Test
    void canonicalTextIsSortedEscapedJson() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("z", null);
        fields.put("a", "quote \" slash \\ line\n");
        fields.put("kids", List.of(Map.of("y", true, "b", 0.5)));
        assertEquals("{\"a\":\"quote \\\" slash \\\\ line\\n\",\"kids\":[{\"b\":0.5,\"y\":true}],\"z\":null}",
                CanonicalHash.canonicalText(fields));
    }

    @Test
    void childOrderMattersBecauseItIsTheRecordsOrder() {
        Map<String, Object> one = Map.of("kids", List.of(Map.of("n", 1), Map.of("n", 2)));
        Map<String, Object> two = Map.of("kids", List.of(Map.of("n", 2), Map.of("n", 1)));
        assertNotEquals(CanonicalHash.of(one), CanonicalHash.of(two));
    }

    @Test
    void hashIsLowercaseHexSha256() {
        assertEquals("44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a", CanonicalHash.of(Map.of()));
    }

    /**
     * The hash is streamed to the digest in pieces; it must be the SHA-256 of the text's UTF-8 bytes as
     * Java's own encoder makes them (desks already store such hashes), across piece boundaries too.
     */
    @Test
    void hashIsOfTheTextsUtf8BytesWhateverTheCharacters() throws Exception {
        String text = "مرحبا بكم ; émigré ; 😀 ; control \u0001 ; lone \uD800 surrogate ; " + "x".repeat(9_000) + "ü😀";
        Map<String, Object> fields = Map.of("t", text);
        String expected = "{\"t\":\"" + text.replace("\u0001", "\\u0001") + "\"}";
        byte[] utf8 = expected.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(utf8));
        assertEquals(sha, CanonicalHash.of(fields));
        assertEquals(new String(utf8, java.nio.charset.StandardCharsets.UTF_8), CanonicalHash.canonicalText(fields));
    }

    /** The same when the text starts in ASCII (written without encoding it) and goes on in other scripts. */
    @Test
    void anAsciiStartWithEscapesThenOtherCharactersHashesTheSame() throws Exception {
        String text = "say \"hi\" \\ tab\t ctrl \u0001 " + "x".repeat(9_000) + " then émigré, مرحبا, lone \uDC00 and 😀";
        Map<String, Object> fields = Map.of("t", text, "plain", "only ascii \n here");
        String expected = "{\"plain\":\"only ascii \\n here\",\"t\":\"" + text.replace("\\", "\\\\").replace("\"", "\\\"")
                .replace("\t", "\\t").replace("\u0001", "\\u0001") + "\"}";
        byte[] utf8 = expected.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(utf8));
        assertEquals(new String(utf8, java.nio.charset.StandardCharsets.UTF_8), CanonicalHash.canonicalText(fields));
        assertEquals(sha, CanonicalHash.of(fields));
    }

    @Test
    void valuesARecordCannotCarryAreRefusedNamingTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CanonicalHash.of(Map.of("when", new Object())));
        assertEquals(true, e.getMessage().contains("'when'"), e.getMessage());
    }
}
