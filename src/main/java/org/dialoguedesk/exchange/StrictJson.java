package org.dialoguedesk.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import org.dialoguedesk.common.DeskException;

/**
 * Reads the application's JSON files into records. Unknown fields are refused so a typo is not lost,
 * and a file that does not parse is named with the line and column where it went wrong.
 */
final class StrictJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private StrictJson() {
    }

    /** @param what what the file should be, as in "… is not a valid {what} file" */
    static <T> T read(InputStream in, String name, Class<T> type, String what) {
        try {
            return MAPPER.readValue(in, type);
        } catch (JsonProcessingException e) {
            throw new DeskException(name + " is not a valid " + what + " file (line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + "): " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new DeskException("Cannot read " + name + ": " + e.getMessage(), e);
        }
    }
}
