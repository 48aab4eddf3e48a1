package org.dialoguedesk.render.doc;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * PNG bytes of an opaque chart image, written for speed: every row with the "Up" filter and the fastest
 * deflate level. A chart is mostly flat colour, so this is about as small as ImageIO's PNG, which tries
 * every filter on every row at a higher level and took most of the time of writing a Word profile.
 */
final class PngImages {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private PngImages() {
    }

    static byte[] of(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        try {
            ByteArrayOutputStream file = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(file);
            out.write(SIGNATURE);
            ByteArrayOutputStream header = new ByteArrayOutputStream();
            DataOutputStream hd = new DataOutputStream(header);
            hd.writeInt(w);
            hd.writeInt(h);
            hd.write(new byte[] {8, 2, 0, 0, 0}); // 8 bits per sample, RGB, deflate, adaptive filters, no interlace
            chunk(out, "IHDR", header.toByteArray());
            chunk(out, "IDAT", pixels(image, w, h));
            chunk(out, "IEND", new byte[0]);
            return file.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] pixels(BufferedImage image, int w, int h) throws IOException {
        int[] all = image.getType() == BufferedImage.TYPE_INT_RGB
                ? ((DataBufferInt) image.getRaster().getDataBuffer()).getData() : null;
        int[] row = new int[w];
        byte[] previous = new byte[w * 3];
        byte[] current = new byte[w * 3];
        byte[] line = new byte[1 + w * 3];
        line[0] = 2; // Up: each byte less the one above it
        ByteArrayOutputStream compressed = new ByteArrayOutputStream(w * h / 4);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try (DeflaterOutputStream z = new DeflaterOutputStream(compressed, deflater, 1 << 16)) {
            for (int y = 0; y < h; y++) {
                int offset = 0;
                if (all == null) {
                    image.getRGB(0, y, w, 1, row, 0, w);
                } else {
                    offset = y * w;
                }
                int[] source = all == null ? row : all;
                for (int x = 0; x < w; x++) {
                    int rgb = source[offset + x];
                    current[3 * x] = (byte) (rgb >> 16);
                    current[3 * x + 1] = (byte) (rgb >> 8);
                    current[3 * x + 2] = (byte) rgb;
                }
                for (int i = 0; i < current.length; i++) {
                    line[i + 1] = (byte) (current[i] - previous[i]);
                }
                z.write(line);
                byte[] swap = previous;
                previous = current;
                current = swap;
            }
        } finally {
            deflater.end();
        }
        return compressed.toByteArray();
    }

    private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeInt(data.length);
        out.write(name);
        out.write(data);
        out.writeInt((int) crc.getValue());
    }
}
