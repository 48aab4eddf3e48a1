package org.dialoguedesk.render.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dialoguedesk.common.table.Table;
import org.dialoguedesk.common.table.TableFileFormat;
import org.dialoguedesk.common.table.TableFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxTablesTest {

    @TempDir
    Path dir;

    private final SpreadsheetTableFiles files = new SpreadsheetTableFiles();

    @Test
    void writtenWorkbookReadsBackWithBoldFrozenHeader() throws IOException {
        Path file = dir.resolve("contacts.xlsx");
        Table table = new Table(List.of("name", "name_ar"), List.of(List.of("Karim Lahlou", "كريم لحلو")));

        files.write(table, file, TableFileFormat.XLSX);

        assertEquals(table, files.read(file));
        try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
            Sheet sheet = wb.getSheetAt(0);
            assertTrue(wb.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold());
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition());
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
    }

    @Test
    void numbersDatesAndBlankRowsReadAsTheOfficerSeesThem() throws IOException {
        Path file = dir.resolve("typed.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("People");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("name");
            header.createCell(1).setCellValue("phones");
            header.createCell(2).setCellValue("role_from");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            // row 2 left empty on purpose: the next row is the file's row 3
            Row row = sheet.createRow(2);
            row.createCell(0).setCellValue("Sonia Mejri");
            row.createCell(1).setCellValue(21671000302d);
            row.createCell(2).setCellValue(LocalDate.of(2019, 7, 1));
            row.getCell(2).setCellStyle(date);
            wb.write(out);
        }

        Table table = files.read(file);

        assertEquals(List.of(List.of("Sonia Mejri", "21671000302", "2019-07-01")), table.rows());
        assertEquals(3, table.rowNumber(0));
    }

    @Test
    void textFileRenamedXlsxIsRefusedWithAClearMessage() throws IOException {
        Path file = dir.resolve("contacts.xlsx");
        Files.writeString(file, "name,email\nA,b@example.org\n");

        TableFormatException e = assertThrows(TableFormatException.class, () -> files.read(file));

        assertTrue(e.getMessage().contains("is not an Excel workbook (.xlsx)"), e.getMessage());
    }

    @Test
    void randomBytesAreRefusedAsNotAWorkbook() throws IOException {
        Path file = dir.resolve("noise.xlsx");
        byte[] bytes = new byte[4096];
        new java.util.Random(7).nextBytes(bytes);
        Files.write(file, bytes);

        TableFormatException e = assertThrows(TableFormatException.class, () -> files.read(file));

        assertTrue(e.getMessage().contains("not an Excel workbook"), e.getMessage());
    }

    @Test
    void zipThatIsNotAWorkbookIsRefused() throws IOException {
        Path file = dir.resolve("archive.xlsx");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("readme.txt"));
            zip.write("hello".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
        }

        TableFormatException e = assertThrows(TableFormatException.class, () -> files.read(file));

        assertTrue(e.getMessage().contains("archive.xlsx"), e.getMessage());
    }

    @Test
    void oldExcelWorkbookIsRefusedWithAdviceToSaveAsXlsx() throws IOException {
        Path file = dir.resolve("old.xls");
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            wb.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("name");
            wb.write(out);
        }

        TableFormatException e = assertThrows(TableFormatException.class, () -> files.read(file));

        assertTrue(e.getMessage().contains("Excel 97-2003"), e.getMessage());
    }
}
