package org.dialoguedesk.render.xlsform;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Hand-built workbooks for tests, written with POI the way a spreadsheet program would. */
final class Workbooks {

    private final Map<String, String[][]> sheets = new LinkedHashMap<>();

    Workbooks sheet(String name, String[]... rows) {
        sheets.put(name, rows);
        return this;
    }

    Path write(Path file) throws IOException {
        try (XSSFWorkbook wb = build(); OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        return file;
    }

    /** The same workbook protected by a password, as Excel's "Encrypt with password" writes it. */
    Path writeEncrypted(Path file) throws IOException, GeneralSecurityException {
        try (POIFSFileSystem fs = new POIFSFileSystem(); XSSFWorkbook wb = build()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream out = encryptor.getDataStream(fs)) {
                wb.write(out);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        return file;
    }

    private XSSFWorkbook build() {
        XSSFWorkbook wb = new XSSFWorkbook();
        sheets.forEach((name, rows) -> {
            Sheet sheet = wb.createSheet(name);
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] != null && !rows[r][c].isEmpty()) {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
        });
        return wb;
    }
}
