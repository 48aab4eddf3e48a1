package org.dialoguedesk.render.sheet;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dialoguedesk.common.AtomicFiles;
import org.dialoguedesk.common.Problem;
import org.dialoguedesk.common.table.CsvTables;
import org.dialoguedesk.common.table.Table;
import org.dialoguedesk.common.table.TableFormatException;

/**
 * Excel workbooks (.xlsx) as tables: the first sheet, its first row the header. Cells come back as
 * the text the officer sees in Excel (numbers through {@link DataFormatter}, dates as ISO
 * {@code yyyy-MM-dd}, long numbers such as phone numbers without exponent), so an import reads the
 * same from XLSX as from CSV. POI's zip-bomb guards (inflate ratio, entry size) stay at their
 * defaults; anything POI refuses becomes a {@link TableFormatException} saying what to do.
 */
public final class XlsxTables {

    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final int MAX_COLUMN_WIDTH = 60;

    private XlsxTables() {
    }

    public static Table read(Path file) {
        return open(file, workbook -> read(workbook, file.getFileName().toString()));
    }

    /**
     * Every sheet of a workbook as a table, in order (a sheet without rows is an empty table), with
     * the same checks and messages as {@link #read(Path)}.
     */
    public static Map<String, Table> readSheets(Path file) {
        return open(file, workbook -> {
            Map<String, Table> sheets = new LinkedHashMap<>();
            DataFormatter formatter = new DataFormatter();
            for (Sheet sheet : workbook) {
                sheets.put(sheet.getSheetName(), read(sheet, formatter).orElse(new Table(List.of(), List.of())));
            }
            return sheets;
        });
    }

    private static <T> T open(Path file, Function<Workbook, T> reading) {
        String name = file.getFileName().toString();
        try {
            if (Files.size(file) > CsvTables.MAX_BYTES) {
                throw new TableFormatException(Problem.of("file", "import.file.tooLarge", name));
            }
            if (Files.size(file) == 0) {
                throw new TableFormatException(Problem.of("file", "import.file.empty", name));
            }
            checkMagic(file, name);
            try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
                 XSSFWorkbook workbook = new XSSFWorkbook(pkg)) {
                return reading.apply(workbook);
            }
        } catch (NotOfficeXmlFileException | InvalidFormatException | POIXMLException
                 | EncryptedDocumentException e) {
            throw new TableFormatException(Problem.of("file", "import.file.notXlsx", name), e);
        } catch (IOException e) {
            throw new TableFormatException(Problem.of("file", "import.file.unreadableXlsx", name,
                    String.valueOf(e.getMessage())), e);
        } catch (IllegalStateException | IllegalArgumentException | UnsupportedOperationException e) {
            // POI reports some malformed parts as runtime exceptions
            throw new TableFormatException(Problem.of("file", "import.file.unreadableXlsx", name,
                    String.valueOf(e.getMessage())), e);
        }
    }

    /** Refuses files that are not a zip-based workbook before POI parses anything. */
    private static void checkMagic(Path file, String name) throws IOException {
        FileMagic magic;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            magic = FileMagic.valueOf(in);
        }
        switch (magic) {
            case OOXML -> {
                // a zip: the real check is opening it
            }
            case OLE2 -> throw new TableFormatException(isEncrypted(file)
                    ? Problem.of("file", "import.file.encrypted", name)
                    : Problem.of("file", "import.file.oldExcel", name));
            default -> throw new TableFormatException(Problem.of("file", "import.file.notXlsx", name));
        }
    }

    private static boolean isEncrypted(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            return fs.getRoot().hasEntry("EncryptionInfo");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static Table read(Workbook workbook, String name) {
        if (workbook.getNumberOfSheets() == 0) {
            throw new TableFormatException(Problem.of("file", "import.file.empty", name));
        }
        return read(workbook.getSheetAt(0), new DataFormatter())
                .orElseThrow(() -> new TableFormatException(Problem.of("file", "import.file.empty", name)));
    }

    /** The sheet's first non-blank row as header, then its non-blank rows; empty when all is blank. */
    private static Optional<Table> read(Sheet sheet, DataFormatter formatter) {
        List<String> header = null;
        List<List<String>> rows = new ArrayList<>();
        List<Integer> rowNumbers = new ArrayList<>();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                cells.add(text(row.getCell(c), formatter));
            }
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            if (header == null) {
                header = cells.stream().map(String::strip).toList();
            } else {
                rows.add(cells);
                rowNumbers.add(row.getRowNum() + 1);
            }
        }
        return header == null ? Optional.empty() : Optional.of(new Table(header, rows, rowNumbers));
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            case NUMERIC -> number(cell, formatter);
            default -> "";
        };
    }

    private static String number(Cell cell, DataFormatter formatter) {
        if (DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().format(ISO_DATE);
        }
        double value = cell.getNumericCellValue();
        boolean general = cell.getCellStyle() == null || cell.getCellStyle().getDataFormat() == 0;
        if (general && value == Math.rint(value) && !Double.isInfinite(value)) {
            // "General" shows 12-digit phone numbers as 2.12537E+11; the officer typed digits
            return new BigDecimal(value).toPlainString();
        }
        if (cell.getCellType() == CellType.FORMULA) {
            return String.valueOf(value);
        }
        return formatter.formatCellValue(cell);
    }

    /** Writes one sheet with a bold, frozen header row and columns wide enough to read; atomically. */
    public static void write(Table table, Path file, String sheetName) throws IOException {
        writeSheets(Map.of(sheetName, table), file);
    }

    /**
     * Writes one sheet meant to be printed as well as read (a hotel's rooming list, a transport team's
     * arrivals): landscape, every column on the page's width, the header repeated on each page, and for
     * an Arabic list the columns running from the right, as an Arabic reader expects.
     */
    public static void writePrintable(Table table, Path file, String sheetName, boolean rightToLeft)
            throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet(sheetName);
            fill(sheet, table, headerStyle(workbook));
            sheet.setRightToLeft(rightToLeft);
            sheet.setFitToPage(true);
            sheet.getPrintSetup().setLandscape(true);
            sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0);
            sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
            AtomicFiles.write(file, workbook::write);
        }
    }

    private static CellStyle headerStyle(XSSFWorkbook workbook) {
        XSSFFont bold = workbook.createFont();
        bold.setBold(true);
        CellStyle headerStyle = workbook.createCellStyle();
        headerStyle.setFont(bold);
        return headerStyle;
    }

    /** Writes several sheets, in the map's order, each like {@link #write(Table, Path, String)}. */
    public static void writeSheets(Map<String, Table> sheets, Path file) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle headerStyle = headerStyle(workbook);
            sheets.forEach((name, table) -> fill(workbook.createSheet(name), table, headerStyle));
            AtomicFiles.write(file, workbook::write);
        }
    }

    private static void fill(Sheet sheet, Table table, CellStyle headerStyle) {
        int[] widths = new int[table.header().size()];
        Row headerRow = sheet.createRow(0);
        for (int c = 0; c < table.header().size(); c++) {
            Cell cell = headerRow.createCell(c);
            cell.setCellValue(table.header().get(c));
            cell.setCellStyle(headerStyle);
            widths[c] = table.header().get(c).length();
        }
        for (int r = 0; r < table.rows().size(); r++) {
            Row row = sheet.createRow(r + 1);
            List<String> cells = table.rows().get(r);
            for (int c = 0; c < cells.size(); c++) {
                String value = cells.get(c) == null ? "" : cells.get(c);
                row.createCell(c).setCellValue(value);
                if (c < widths.length) {
                    widths[c] = Math.max(widths[c], value.length());
                }
            }
        }
        sheet.createFreezePane(0, 1);
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, (Math.min(MAX_COLUMN_WIDTH, widths[c]) + 2) * 256);
        }
    }
}
