package org.dialoguedesk.questionnaire;

import java.util.List;
import org.dialoguedesk.common.Localized;

/** A small trilingual template using every question type, for tests. */
public final class TemplateSamples {

    private TemplateSamples() {
    }

    public static Localized l(String en, String fr, String ar) {
        return new Localized(en, fr, ar);
    }

    public static Choice c(String code, String en, String fr, String ar) {
        return new Choice(code, l(en, fr, ar));
    }

    public static TemplateDraft draft(String key) {
        Question law = new Question(null, "q_bg_law", QuestionType.LONG_TEXT, true,
                l("Main laws on irregular migration", "Principales lois sur la migration irrégulière",
                        "القوانين الرئيسية المتعلقة بالهجرة غير النظامية"),
                l("Title and year of each law", "Titre et année de chaque loi", "عنوان كل قانون وسنته"),
                l("Irregular: without the required authorisation", "Irrégulière : sans l’autorisation requise",
                        "غير نظامية: دون الإذن المطلوب"), "", List.of(), List.of(), List.of());
        Question agency = new Question(null, "q_bg_agency", QuestionType.SINGLE_CHOICE, false,
                l("Lead agency", "Organisme chef de file", "الجهة الرائدة"), null, null, "",
                List.of(c("interior", "Ministry of Interior", "Ministère de l’Intérieur", "وزارة الداخلية"),
                        c("justice", "Ministry of Justice", "Ministère de la Justice", "وزارة العدل")),
                List.of(), List.of());
        Question share = new Question(null, "q_bg_share", QuestionType.DECIMAL, false,
                l("Share of migrants in the population", "Part des migrants dans la population",
                        "نسبة المهاجرين من السكان"), null, null, "%", List.of(), List.of(), List.of());
        Question detections = new Question(null, "q_detect_01", QuestionType.TABLE, true,
                l("Detections of irregular entry by border type", "Détections d’entrées irrégulières par type de frontière",
                        "حالات الدخول غير النظامي المكتشفة حسب نوع الحدود"),
                l("Number of persons", "Nombre de personnes", "عدد الأشخاص"), null, "",
                List.of(),
                List.of(c("land", "Land borders", "Frontières terrestres", "الحدود البرية"),
                        c("sea", "Sea borders", "Frontières maritimes", "الحدود البحرية")),
                List.of(c("y2023", "2023", "2023", "2023"), c("y2024", "2024", "2024", "2024")));
        Question channels = new Question(null, "q_detect_channels", QuestionType.MULTIPLE_CHOICE, false,
                l("Routes used", "Routes utilisées", "الطرق المستخدمة"), null, null, "",
                List.of(c("air", "Air", "Aérienne", "جوية"), c("land", "Land", "Terrestre", "برية")),
                List.of(), List.of());
        Section background = new Section(null, "background", l("General background", "Contexte général", "خلفية عامة"),
                List.of(law, agency, share,
                        Question.simple("q_bg_name", QuestionType.SHORT_TEXT, false, l("Name", "Nom", "الاسم")),
                        Question.simple("q_bg_count", QuestionType.INTEGER, false, l("Count", "Nombre", "العدد")),
                        Question.simple("q_bg_year", QuestionType.YEAR, false,
                                l("Year of the law", "Année de la loi", "سنة القانون")),
                        Question.simple("q_bg_date", QuestionType.DATE, false,
                                l("Date of entry into force", "Date d’entrée en vigueur", "تاريخ بدء النفاذ")),
                        Question.simple("q_bg_strategy", QuestionType.YES_NO, true,
                                l("Is there a national strategy?", "Existe-t-il une stratégie nationale ?",
                                        "هل توجد استراتيجية وطنية؟")),
                        Question.simple("q_bg_source", QuestionType.URL_SOURCE, false,
                                l("Source", "Source", "المصدر"))));
        Section detection = new Section(null, "detection", l("Detection", "Détection", "الكشف"),
                List.of(detections, channels));
        return new TemplateDraft(key, l("Irregular migration profile", "Profil migration irrégulière",
                "ملف الهجرة غير النظامية"), l("Yearly questionnaire", "Questionnaire annuel", "استبيان سنوي"),
                List.of(background, detection));
    }
}
