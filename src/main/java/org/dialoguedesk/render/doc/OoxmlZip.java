package org.dialoguedesk.render.doc;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ooxml.POIXMLDocument;

/**
 * Saves a Word or Excel file with its parts deflated at best speed. POI otherwise zips at the default
 * level, which spent more time re-deflating a profile's PNG charts (already compressed) than drawing
 * them; the file is a few per cent larger. POI writes into a zip stream it is handed as it is, and
 * finishes it; the caller's stream stays open.
 */
public final class OoxmlZip {

    private OoxmlZip() {
    }

    public static void write(POIXMLDocument document, OutputStream out) throws IOException {
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(new KeptOpen(out))) {
            zip.setLevel(Deflater.BEST_SPEED);
            document.write(zip);
        }
    }

    /** Passes bytes through and leaves the underlying stream open when the zip is closed. */
    private static final class KeptOpen extends FilterOutputStream {
        KeptOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
