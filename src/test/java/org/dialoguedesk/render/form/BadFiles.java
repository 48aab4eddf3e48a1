package org.dialoguedesk.render.form;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Test support: files that arrive instead of a returned form — empty, text, noise, cut short, old
 * Excel, OpenDocument, password protected, far too large — each written to {@code target}, some made
 * from a genuine form.
 */
public final class BadFiles {

    private BadFiles() {
    }

    /** What makes one kind of bad file from a genuine form. */
    @FunctionalInterface
    public interface Maker {
        Path make(Path genuine, Path target) throws IOException;
    }

    public static Path empty(Path genuine, Path target) throws IOException {
        return Files.write(target, new byte[0]);
    }

    /** A CSV export renamed .xlsx. */
    public static Path csv(Path genuine, Path target) throws IOException {
        return Files.writeString(target, "key,value\nq_bg_01,Law 02-03\nq_bg_02,2003\n", StandardCharsets.UTF_8);
    }

    /** Bytes from a fixed seed, so a failure can be repeated. */
    public static Path noise(Path genuine, Path target) throws IOException {
        byte[] bytes = new byte[4096];
        new Random(20251123).nextBytes(bytes);
        return Files.write(target, bytes);
    }

    /** The first half of a genuine form, as a broken download or mail attachment leaves it. */
    public static Path truncated(Path genuine, Path target) throws IOException {
        byte[] whole = Files.readAllBytes(genuine);
        return Files.write(target, Arrays.copyOf(whole, whole.length / 2));
    }

    /** An Excel 97-2003 workbook. */
    public static Path xls(Path genuine, Path target) throws IOException {
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(target)) {
            wb.createSheet("1 General background").createRow(0).createCell(0).setCellValue("q_bg_01");
            wb.write(out);
        }
        return target;
    }

    /**
     * A spreadsheet in LibreOffice's own format, as a focal point who chose "Use ODF Format!" when
     * saving sends it: the parts a reader recognises it by, not a whole spreadsheet.
     */
    public static Path openDocument(Path genuine, Path target) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(target))) {
            byte[] mimetype = "application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII);
            ZipEntry first = new ZipEntry("mimetype"); // stored, first, as ODF requires
            first.setMethod(ZipEntry.STORED);
            first.setSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            first.setCrc(crc.getValue());
            zip.putNextEntry(first);
            zip.write(mimetype);
            zip.closeEntry();
            for (String part : new String[] {"content.xml", "settings.xml", "META-INF/manifest.xml"}) {
                zip.putNextEntry(new ZipEntry(part));
                zip.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return target;
    }

    /** The genuine form encrypted with a password, as Excel's "Encrypt with password" does (agile). */
    public static Path encrypted(Path genuine, Path target) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("rabat2025");
            try (InputStream in = Files.newInputStream(genuine); OutputStream out = encryptor.getDataStream(fs)) {
                in.transferTo(out);
            } catch (GeneralSecurityException e) {
                throw new IOException(e);
            }
            try (OutputStream out = Files.newOutputStream(target)) {
                fs.writeFilesystem(out);
            }
        }
        return target;
    }

    /** A genuine form made one byte longer than the reader accepts (sparse, so quick to make). */
    public static Path tooLarge(Path genuine, Path target) throws IOException {
        Files.copy(genuine, target, StandardCopyOption.REPLACE_EXISTING);
        try (RandomAccessFile f = new RandomAccessFile(target.toFile(), "rw")) {
            f.setLength(PoiReturnedFormReader.MAX_BYTES + 1);
        }
        return target;
    }
}
