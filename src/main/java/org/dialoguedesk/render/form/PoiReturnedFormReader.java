package org.dialoguedesk.render.form;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dialoguedesk.common.Problem;
import org.dialoguedesk.questionnaire.AnswerCell;
import org.dialoguedesk.questionnaire.FormCell;
import org.dialoguedesk.questionnaire.FormFileException;
import org.dialoguedesk.questionnaire.ReturnedForm;
import org.dialoguedesk.questionnaire.ReturnedFormReader;

/**
 * Reads a returned questionnaire workbook without changing it: the identity sheet (very hidden as
 * written, merely hidden once LibreOffice saved it, or shown by a curious user: all accepted, the
 * fingerprint is what counts), then every answer cell it maps, and column A of each cell's row.
 * Anything that keeps the file from being read gets a message naming the file and the reason.
 */
public final class PoiReturnedFormReader implements ReturnedFormReader {

    /** A form is some tens of kilobytes; anything this large is not one, and is not opened. */
    static final long MAX_BYTES = 20L * 1024 * 1024;

    private final DataFormatter formatter = new DataFormatter();

    @Override
    public ReturnedForm read(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        checkFile(file, name);
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
             XSSFWorkbook wb = new XSSFWorkbook(pkg)) {
            return read(wb, name); // opened read-only: closing writes nothing back
        } catch (FormFileException e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            throw fail(name, "questionnaire.import.file.password", e);
        } catch (IOException | InvalidFormatException | RuntimeException e) {
            // POI reports damaged zips, bad XML and zip bombs as IO or runtime exceptions
            throw fail(name, "questionnaire.import.file.corrupt", e);
        }
    }

    private static void checkFile(Path file, String name) {
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw fail(name, "questionnaire.import.file.missing", e);
        } catch (IOException e) {
            throw fail(name, "questionnaire.import.file.unreadable", e);
        }
        if (Files.isDirectory(file)) {
            throw fail(name, "questionnaire.import.file.notXlsx", null);
        }
        if (size == 0) {
            throw fail(name, "questionnaire.import.file.empty", null);
        }
        if (size > MAX_BYTES) {
            throw new FormFileException(Problem.of("", "questionnaire.import.file.tooLarge", name,
                    size / (1024 * 1024), MAX_BYTES / (1024 * 1024)));
        }
        FileMagic magic;
        try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(file))) {
            magic = FileMagic.valueOf(in);
        } catch (IOException e) {
            throw fail(name, "questionnaire.import.file.unreadable", e);
        }
        if (magic == FileMagic.OLE2) {
            throw fail(name, isEncrypted(file) ? "questionnaire.import.file.password"
                    : "questionnaire.import.file.oldFormat", null);
        }
        if (magic != FileMagic.OOXML) {
            throw fail(name, "questionnaire.import.file.notXlsx", null);
        }
    }

    /** A password-protected .xlsx is an OLE2 container holding the encrypted package. */
    private static boolean isEncrypted(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            return fs.getRoot().hasEntry("EncryptionInfo");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private ReturnedForm read(XSSFWorkbook wb, String name) {
        XSSFSheet identity = wb.getSheet(FormIdentitySheet.NAME);
        if (identity == null) {
            throw fail(name, "questionnaire.import.file.notAForm", null);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        List<AnswerCell> cells = new ArrayList<>();
        boolean inCells = false;
        for (int r = 0; r <= identity.getLastRowNum(); r++) {
            Row row = identity.getRow(r);
            String a = text(row, 0);
            if (a.isEmpty()) {
                continue;
            }
            if (!inCells && a.equals(FormIdentitySheet.CELLS_HEADER)) {
                inCells = true;
            } else if (inCells) {
                // the sheet name as written, spaces included: it must match the workbook's sheet exactly
                cells.add(new AnswerCell(a, raw(row, 1), text(row, 2)));
            } else {
                fields.put(a, text(row, 1));
            }
        }
        Map<String, FormCell> values = new HashMap<>();
        Map<String, String> rowCodes = new HashMap<>();
        for (AnswerCell c : cells) {
            XSSFSheet sheet = wb.getSheet(c.sheet());
            CellReference ref = reference(c.cell());
            if (sheet == null || ref == null) {
                throw new FormFileException(Problem.of(c.address(), "questionnaire.import.file.sheetMissing", name,
                        c.sheet()));
            }
            Row row = sheet.getRow(ref.getRow());
            values.put(c.key(), row == null ? FormCell.BLANK : value(row.getCell(ref.getCol())));
            rowCodes.put(c.key(), text(row, 0));
        }
        return new ReturnedForm(name, fields, cells, values, rowCodes);
    }

    private static CellReference reference(String cell) {
        try {
            CellReference ref = new CellReference(cell);
            return ref.getRow() >= 0 && ref.getCol() >= 0 ? ref : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private FormCell value(Cell cell) {
        if (cell == null) {
            return FormCell.BLANK;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? FormCell.date(cell.getLocalDateTimeCellValue().toLocalDate())
                    : FormCell.number(new BigDecimal(Double.toString(cell.getNumericCellValue())));
            case STRING -> FormCell.text(cell.getStringCellValue());
            case BOOLEAN -> FormCell.bool(cell.getBooleanCellValue());
            case ERROR -> FormCell.error(FormulaError.forInt(cell.getErrorCellValue()).getString());
            default -> FormCell.BLANK;
        };
    }

    private String text(Row row, int col) {
        if (row == null || row.getCell(col) == null) {
            return "";
        }
        return formatter.formatCellValue(row.getCell(col)).strip();
    }

    private String raw(Row row, int col) {
        return row == null || row.getCell(col) == null ? "" : formatter.formatCellValue(row.getCell(col));
    }

    private static FormFileException fail(String name, String key, Throwable cause) {
        Problem p = Problem.of("", key, name);
        return cause == null ? new FormFileException(p) : new FormFileException(p, cause);
    }
}
