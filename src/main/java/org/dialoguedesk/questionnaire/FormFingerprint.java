package org.dialoguedesk.questionnaire;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * The tamper-evidence of a fillable workbook: SHA-256 (hex) over the round, the country, the template
 * version and the ordered list of answer keys with their cell addresses. An importer recomputes it
 * from what the hidden sheet says and from the cells it reads; a workbook of another round, country or
 * version, or one whose answer map was edited, no longer matches. It is a checksum, not a signature:
 * it detects accidental and casual edits, not a deliberate forgery by someone who reads this code.
 */
public final class FormFingerprint {

    private static final String PREFIX = "dialogue-desk-form/1";

    private FormFingerprint() {
    }

    public static String of(UUID roundId, String countryCode, UUID templateVersionId, List<AnswerCell> cells) {
        StringBuilder canonical = new StringBuilder(PREFIX).append('\n')
                .append(roundId).append('\n')
                .append(countryCode).append('\n')
                .append(templateVersionId).append('\n');
        for (AnswerCell c : cells) {
            canonical.append(c.key()).append('=').append(c.address()).append('\n');
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.toString()
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Whether the fingerprint read from a workbook matches what the workbook claims to be. */
    public static boolean verify(String fingerprint, UUID roundId, String countryCode, UUID templateVersionId,
                                 List<AnswerCell> cells) {
        if (fingerprint == null) {
            return false;
        }
        byte[] expected = of(roundId, countryCode, templateVersionId, cells).getBytes(StandardCharsets.US_ASCII);
        byte[] actual = fingerprint.strip().toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, actual);
    }
}
