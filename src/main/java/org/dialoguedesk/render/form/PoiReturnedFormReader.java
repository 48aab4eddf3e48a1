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
import java.util.Locale;
import java.util.Map;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.ODFNotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
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
        } catch (ODFNotOfficeXmlFileException e) {
            // LibreOffice offers to keep its own format when a focal point saves: not damaged, just .ods
            throw fail(name, "questionnaire.import.file.openDocument", e);
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
            long mb = 1024 * 1024;
            // rounded up: a file just over the limit must not read "is 20 MB; never larger than 20 MB"
            throw new FormFileException(Problem.of("", "questionnaire.import.file.tooLarge", name,
                    (size + mb - 1) / mb, MAX_BYTES / mb));
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
            XSSFRow row = sheet.getRow(ref.getRow());
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

    private FormCell value(XSSFCell cell) {
        if (cell == null) {
            return FormCell.BLANK;
        }
        if (cell.getCellType() == CellType.FORMULA) {
            String formula = cell.getCellFormula().strip().toUpperCase(Locale.ROOT);
            if (formula.equals("TRUE()") || formula.equals("FALSE()")) {
                // LibreOffice saves a true/false cell as the formula TRUE() or FALSE() with a cached 1 or 0
                return FormCell.bool(formula.equals("TRUE()"));
            }
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? FormCell.date(cell.getLocalDateTimeCellValue().toLocalDate())
                    : FormCell.number(new BigDecimal(Double.toString(cell.getNumericCellValue())));
            case STRING -> FormCell.text(cell.getStringCellValue());
            case BOOLEAN -> FormCell.bool(cell.getBooleanCellValue());
            // the error as written, so newer errors POI has no code for (#SPILL!, #CALC!) are reported too
            case ERROR -> FormCell.error(cell.getErrorCellString());
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
