package org.dialoguedesk.exchange.bag;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What bag-info.txt says about a bundle, apart from the Payload-Oxum the writer computes. The caller
 * fills it; the container only writes it in a fixed order and reads it back. A value is one line: line
 * breaks become spaces, as a tag file cannot hold them.
 *
 * @param installation  id of the installation (laptop) that made the bundle
 * @param formatVersion the bundle format; a reader refuses a higher one than it knows
 * @param selection     human text: which dialogues, changed since when
 * @param counts        such as {@code contacts=12; meetings=1}
 * @param leakCheck     result of the public leak check, empty for an exchange bundle (then not written)
 */
public record BagInfo(LocalDate baggingDate, String sourceOrganization, String installation, String officer,
        BundleScope scope, int formatVersion, String selection, String counts, String leakCheck) {

    /** The bundle format this version of Dialogue Desk writes and the newest it reads. */
    public static final int CURRENT_FORMAT = 1;

    static final String BAGGING_DATE = "Bagging-Date";
    static final String SOURCE_ORGANIZATION = "Source-Organization";
    static final String INSTALLATION = "Bundle-Installation";
    static final String OFFICER = "Bundle-Officer";
    static final String SCOPE = "Bundle-Scope";
    static final String FORMAT_VERSION = "Bundle-Format-Version";
    static final String SELECTION = "Bundle-Selection";
    static final String COUNTS = "Bundle-Counts";
    static final String LEAK_CHECK = "Bundle-Leak-Check";
    static final String PAYLOAD_OXUM = "Payload-Oxum";

    public BagInfo {
        if (baggingDate == null || scope == null || installation == null || installation.isBlank()) {
            throw new IllegalArgumentException("a bundle needs a date, a scope and an installation");
        }
        if (formatVersion < 1) {
            throw new IllegalArgumentException("bundle format versions start at 1");
        }
        sourceOrganization = oneLine(sourceOrganization);
        installation = oneLine(installation);
        officer = oneLine(officer);
        selection = oneLine(selection);
        counts = oneLine(counts);
        leakCheck = oneLine(leakCheck);
    }

    /** The tags in the order they are written, without Payload-Oxum; empty ones left out. */
    Map<String, String> tags() {
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put(BAGGING_DATE, baggingDate.toString());
        tags.put(SOURCE_ORGANIZATION, sourceOrganization);
        tags.put(INSTALLATION, installation);
        tags.put(OFFICER, officer);
        tags.put(SCOPE, scope.tag());
        tags.put(FORMAT_VERSION, Integer.toString(formatVersion));
        tags.put(SELECTION, selection);
        tags.put(COUNTS, counts);
        tags.put(LEAK_CHECK, leakCheck);
        tags.values().removeIf(String::isEmpty);
        return tags;
    }

    private static String oneLine(String value) {
        return value == null ? "" : value.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }
}
