package org.dialoguedesk.bundle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dialoguedesk.bundle.LeakFinding.Kind;
import org.dialoguedesk.bundle.WatchList.Item;
import org.dialoguedesk.roster.NameFolding;

/**
 * Reads every text of a public payload for what must not leave, and reports every finding, not only the
 * first:
 * <ul>
 * <li>quotations of restricted sections and profiles, Chatham House notes and conclusions drafts: a whole
 * line (paragraph, list item or table row) or sentence of eight folded words or more, or any run of eight
 * consecutive folded words of one (part of a sentence, or a sentence with its ends changed), unless it is
 * common wording: written in two or more profiles or meetings, in three or more sections of one profile (its
 * boilerplate), or in the roster's names; a run of a restricted section is also common when a public section
 * writes it. A line's origin is its section, all languages and versions together, so a restricted line
 * copied whole into one public section of the same profile is caught ({@link ProtectedPassages});</li>
 * <li>any contact's email or phone (phones compared on digits, also without the country code);</li>
 * <li>the name of anyone who did not agree to be published (folded, and by the consonant skeleton
 * {@link NameFolding#nameKey} gives, so "Mohammed Ben Ali" is found as "Mohamed Benali");</li>
 * <li>passport numbers, and fields named for personal data.</li>
 * </ul>
 */
public final class LeakCheck {

    private static final int LONGEST_NAME = 6;
    private static final int SHORTEST_SKELETON = 5;
    private static final int SHORTEST_PHONE = 7;
    private static final int SHORTEST_PASSPORT = 5;
    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+'-]+@[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)+");
    private static final Pattern NUMBER = Pattern.compile("\\+?\\d[\\d\\s().\\-/]{5,}\\d");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Map<Pattern, Kind> PERSONAL_FIELDS = Map.of(
            Pattern.compile("passp|passeport|birth|naissance"), Kind.PASSPORT,
            Pattern.compile("e ?mails?|courriel"), Kind.EMAIL,
            Pattern.compile("phones?|telephone|mobile"), Kind.PHONE);

    /** What one run found. */
    public record Result(int textsChecked, List<LeakFinding> findings) {

        public Result {
            findings = List.copyOf(findings);
        }

        public boolean passed() {
            return findings.isEmpty();
        }
    }

    private final ProtectedPassages passages;
    private final Map<String, Item> emails = new HashMap<>();
    /** Phones by their last {@value #SHORTEST_PHONE} significant digits, then by all of them. */
    private final Map<String, Map<String, Item>> phones = new HashMap<>();
    private final Map<String, Item> namesFolded = new HashMap<>();
    private final Map<String, Item> namesSkeleton = new HashMap<>();
    /** The {@link #edges} of every name looked for: most windows of a text are ruled out by these alone. */
    private final Set<String> nameEdges = new HashSet<>();
    private final Map<String, Item> passports = new HashMap<>();

    public LeakCheck(WatchList watch) {
        passages = new ProtectedPassages(watch);
        watch.emails().forEach(e -> emails.putIfAbsent(e.text().strip().toLowerCase(Locale.ROOT), e));
        for (Item p : watch.phones()) {
            String digits = significantDigits(p.text());
            if (digits.length() >= SHORTEST_PHONE) {
                phones.computeIfAbsent(digits.substring(digits.length() - SHORTEST_PHONE), k -> new HashMap<>())
                        .putIfAbsent(digits, p);
            }
        }
        Set<String> published = new LinkedHashSet<>();
        for (String name : watch.publishedNames()) {
            published.add(String.join(" ", FoldedWords.of(name)));
            published.add(NameFolding.nameKey(name));
        }
        for (Item n : watch.names()) {
            List<String> words = FoldedWords.of(n.text());
            String folded = String.join(" ", words);
            if (words.size() >= 2 && words.size() <= LONGEST_NAME && !published.contains(folded)) {
                namesFolded.putIfAbsent(folded, n);
                nameEdges.add(edges(folded));
            }
            String skeleton = NameFolding.nameKey(n.text());
            if (words.size() >= 2 && skeleton.length() >= SHORTEST_SKELETON && !published.contains(skeleton)) {
                namesSkeleton.putIfAbsent(skeleton, n);
                nameEdges.add(edges(NameFolding.fold(n.text())));
            }
        }
        for (Item p : watch.passports()) {
            String number = alnum(p.text());
            if (number.length() >= SHORTEST_PASSPORT) {
                passports.putIfAbsent(number, p);
            }
        }
    }

    public Result check(List<PayloadText> texts) {
        List<LeakFinding> findings = new ArrayList<>();
        FoldedWords.Foldings foldings = new FoldedWords.Foldings();
        for (PayloadText t : texts) {
            if (t.fieldName()) {
                personalField(t, findings);
            } else {
                FoldedWords words = new FoldedWords(t.text(), foldings);
                findings.addAll(passages.find(t, words));
                emails(t, findings);
                phones(t, findings);
                names(t, words, findings);
                passports(t, findings);
            }
        }
        return new Result(texts.size(), findings);
    }

    /** Checks and refuses with every finding when there is any; returns how many texts were read. */
    public int requireNoLeak(List<PayloadText> texts) {
        Result r = check(texts);
        if (!r.passed()) {
            throw new LeakCheckRefusedException(r.findings());
        }
        return r.textsChecked();
    }

    private void personalField(PayloadText t, List<LeakFinding> findings) {
        String folded = NameFolding.fold(t.text().replaceAll("([a-z])([A-Z])", "$1 $2"));
        PERSONAL_FIELDS.forEach((pattern, kind) -> {
            if (pattern.matcher(folded).find()) {
                findings.add(new LeakFinding(kind, t.text(), t.where(), t.text()));
            }
        });
    }

    private void emails(PayloadText t, List<LeakFinding> findings) {
        if (t.text().indexOf('@') < 0) {
            return;
        }
        Matcher m = EMAIL.matcher(t.text());
        while (m.find()) {
            Item hit = emails.get(m.group().toLowerCase(Locale.ROOT));
            if (hit != null) {
                findings.add(new LeakFinding(Kind.EMAIL, hit.source(), t.where(),
                        FoldedWords.excerptOf(t.text(), m.start(), m.end())));
            }
        }
    }

    private void phones(PayloadText t, List<LeakFinding> findings) {
        if (phones.isEmpty()) {
            return;
        }
        Matcher m = NUMBER.matcher(t.text());
        while (m.find()) {
            String digits = significantDigits(m.group());
            if (digits.length() < SHORTEST_PHONE) {
                continue;
            }
            phone(digits).ifPresent(p -> findings.add(new LeakFinding(Kind.PHONE, p.source(), t.where(),
                    FoldedWords.excerptOf(t.text(), m.start(), m.end()))));
        }
    }

    /**
     * The phone a number found in a text is: the number as stored inside it, or the number written without
     * its country code ("0537 000 101" for +212 537 000 101). Either way the phone's last digits end at
     * one of the number's positions.
     */
    private Optional<Item> phone(String digits) {
        for (int end = digits.length(); end >= SHORTEST_PHONE; end--) {
            Map<String, Item> candidates = phones.get(digits.substring(end - SHORTEST_PHONE, end));
            if (candidates != null) {
                for (Map.Entry<String, Item> p : candidates.entrySet()) {
                    if (digits.contains(p.getKey()) || p.getKey().endsWith(digits)) {
                        return Optional.of(p.getValue());
                    }
                }
            }
        }
        return Optional.empty();
    }

    private void names(PayloadText t, FoldedWords words, List<LeakFinding> findings) {
        Set<Item> reported = new LinkedHashSet<>();
        for (int i = 0; i < words.size(); i++) {
            for (int n = 2; n <= LONGEST_NAME && i + n <= words.size(); n++) {
                if (!nameEdges.contains(edges(words.word(i), words.word(i + n - 1)))) {
                    continue;
                }
                String window = words.join(i, i + n);
                Item hit = namesFolded.get(window);
                if (hit == null) {
                    hit = namesSkeleton.get(NameFolding.nameKey(window));
                    hit = hit != null && edges(window).equals(edges(NameFolding.fold(hit.text()))) ? hit : null;
                }
                if (hit != null && reported.add(hit)) {
                    findings.add(new LeakFinding(Kind.CONTACT_NAME, hit.source(), t.where(), words.excerpt(i, i + n)));
                }
            }
        }
    }

    private void passports(PayloadText t, List<LeakFinding> findings) {
        if (passports.isEmpty()) {
            return;
        }
        String text = alnum(t.text());
        passports.forEach((number, item) -> {
            int at = text.indexOf(number);
            if (at >= 0) {
                findings.add(new LeakFinding(Kind.PASSPORT, item.source(), t.where(), "…" + number + "…"));
            }
        });
    }

    /**
     * The first letter and the last two of a folded name: a window whose consonant skeleton equals a name's
     * must also have the name's edges ("Mohamed Ben-Ali" for "Mohammed Benali"; not "le Cameroun" for
     * "Lucía Moreno").
     */
    private static String edges(String folded) {
        return folded.length() < 2 ? "" : folded.charAt(0) + folded.substring(folded.length() - 2);
    }

    /** The {@link #edges} of a window of folded words from its first and last word, without joining them. */
    private static String edges(String first, String last) {
        return first.charAt(0) + (last.length() < 2 ? " " + last : last.substring(last.length() - 2));
    }

    /** The digits of a phone number without the international prefix or trunk zeros in front. */
    private static String significantDigits(String phone) {
        return phone.replaceAll("\\D", "").replaceFirst("^0+", "");
    }

    private static String alnum(String text) {
        return NOT_ALNUM.matcher(text.toUpperCase(Locale.ROOT)).replaceAll("");
    }
}
