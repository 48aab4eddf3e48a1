package org.dialoguedesk.profile;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a profile export as a document; the rendering module implements it, the wiring hands it over. */
public interface ProfileRenderer {

    /** The formats a profile is published in, with their file extensions. */
    enum Format {
        PDF("pdf"), DOCX("docx");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }
    }

    void render(ProfileExport export, Format format, OutputStream out) throws IOException;
}
