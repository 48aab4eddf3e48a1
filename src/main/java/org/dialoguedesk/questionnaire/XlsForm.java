package org.dialoguedesk.questionnaire;

import java.util.Map;
import java.util.Set;
import org.dialoguedesk.common.Lang;

/**
 * How templates map to XLSForm (the ODK / KoboToolbox spreadsheet convention), both ways:
 * <ul>
 * <li>a section is a top-level {@code begin_group}/{@code end_group} (name = section code);</li>
 * <li>SHORT_TEXT = {@code text}; LONG_TEXT = {@code text} with appearance {@code multiline};
 * URL_SOURCE = {@code text} with appearance {@code url}; INTEGER = {@code integer}; DECIMAL =
 * {@code decimal} with the unit in our own {@code unit} column; DATE = {@code date}; YEAR =
 * {@code date} with appearance {@code year}; YES_NO = {@code select_one yes_no} (list of yes and
 * no); SINGLE_CHOICE / MULTIPLE_CHOICE = {@code select_one} / {@code select_multiple} of a list
 * named after the question;</li>
 * <li>TABLE = a group nested in the section, named after the question, with one {@code decimal}
 * field per cell named {@code CODE__ROW__COLUMN}; its row and column labels are the choice lists
 * {@code CODE__rows} and {@code CODE__cols} (so all three languages survive the round trip);</li>
 * <li>label, help text and definition note are {@code label}, {@code hint} and
 * {@code guidance_hint}, each as {@code ::English (en)}, {@code ::French (fr)},
 * {@code ::Arabic (ar)}; the settings sheet has {@code form_id} (the template key),
 * {@code form_title} (English) with {@code form_title::French (fr)}/{@code ::Arabic (ar)},
 * {@code description::…} and {@code version} (the version number).</li>
 * </ul>
 */
public final class XlsForm {

    static final String SURVEY = "survey";
    static final String CHOICES = "choices";
    static final String SETTINGS = "settings";
    static final String YES_NO_LIST = "yes_no";
    static final String ROWS_SUFFIX = "__rows";
    static final String COLUMNS_SUFFIX = "__cols";
    static final String CELL_SEPARATOR = "__";
    static final Map<Lang, String> LANGUAGES = Map.of(Lang.EN, "English (en)", Lang.FR, "French (fr)",
            Lang.AR, "Arabic (ar)");

    /** XLSForm types a template has no place for: reported as not kept, the rest is imported. */
    static final Set<String> UNSUPPORTED_TYPES = Set.of("note", "calculate", "hidden", "geopoint", "geotrace",
            "geoshape", "image", "audio", "video", "file", "barcode", "range", "rank", "time", "datetime",
            "acknowledge", "trigger", "start", "end", "today", "deviceid", "subscriberid", "simserial",
            "phonenumber", "username", "email", "audit", "start-geopoint", "background-audio", "xml-external",
            "csv-external", "select_one_from_file", "select_multiple_from_file", "background-geopoint");

    private XlsForm() {
    }

    /** A translated column name, e.g. {@code label::Arabic (ar)}. */
    static String column(String base, Lang lang) {
        return base + "::" + LANGUAGES.get(lang);
    }
}
