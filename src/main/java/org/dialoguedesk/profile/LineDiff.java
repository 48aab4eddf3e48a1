package org.dialoguedesk.profile;

import java.util.ArrayList;
import java.util.List;

/**
 * A readable line-by-line difference of two texts (longest common subsequence): each line kept,
 * removed or added, in reading order. Profiles are some thousands of lines, well within the
 * quadratic table this needs.
 */
public final class LineDiff {

    public enum Kind { SAME, REMOVED, ADDED }

    public record Line(Kind kind, String text) {
    }

    private LineDiff() {
    }

    public static List<Line> of(String before, String after) {
        List<String> a = before.isEmpty() ? List.of() : before.lines().toList();
        List<String> b = after.isEmpty() ? List.of() : after.lines().toList();
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Line> lines = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            if (a.get(i).equals(b.get(j))) {
                lines.add(new Line(Kind.SAME, a.get(i++)));
                j++;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                lines.add(new Line(Kind.REMOVED, a.get(i++)));
            } else {
                lines.add(new Line(Kind.ADDED, b.get(j++)));
            }
        }
        while (i < a.size()) {
            lines.add(new Line(Kind.REMOVED, a.get(i++)));
        }
        while (j < b.size()) {
            lines.add(new Line(Kind.ADDED, b.get(j++)));
        }
        return lines;
    }

    /** Whether anything differs. */
    public static boolean changed(List<Line> lines) {
        return lines.stream().anyMatch(l -> l.kind() != Kind.SAME);
    }
}
